"""The question suite: phrasings the way people type them, across every question family, each with the
answer anatomy says it must get (not what the code happens to return). Run on both backends by
test_phrasings.py, and compared backend against backend by test_endpoint.py.

Each row names the family the question must be read as and some of: ``exactly`` (the set of answer labels),
``includes`` / ``excludes`` (labels that must / must not be in it), ``first`` (the top label), ``cell``
((row label, column, words that column must contain)), ``note`` (words one of the notes must contain),
``refused`` (the question must be refused, and the reason must contain these words) and ``verdict`` (the
yes or no of a yes/no question)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class P:
    question: str
    family: str
    exactly: frozenset[str] | None = None
    includes: frozenset[str] = field(default_factory=frozenset)
    excludes: frozenset[str] = field(default_factory=frozenset)
    first: str | None = None
    cell: tuple[str, str, tuple[str, ...]] | None = None
    note: str | None = None
    refused: str | None = None    # the question must be refused, with these words in the reason
    verdict: bool | None = None   # a yes/no question's answer


def s(*labels: str) -> frozenset[str]:
    return frozenset(labels)


GLUTEAL_ABDUCTORS = s("gluteus medius", "gluteus minimus", "tensor fasciae latae")
DORSIFLEXORS = s("tibialis anterior", "extensor hallucis longus", "extensor digitorum longus", "fibularis tertius")
QUADRICEPS = s("rectus femoris", "vastus lateralis", "vastus medialis", "vastus intermedius")
HAMSTRINGS = s("semitendinosus", "semimembranosus", "biceps femoris long head")
TRICEPS_SURAE = s("gastrocnemius", "soleus")
FIBULARIS = s("fibularis longus", "fibularis brevis")

PHRASINGS = [
    # 1. muscles by any combination of filters
    P("which L5-innervated muscles abduct the hip", "muscles", includes=GLUTEAL_ABDUCTORS),
    P("Which muscles are innervated by L5 and abduct the hip?", "muscles", includes=GLUTEAL_ABDUCTORS),
    P("which muscles supplied by L5 abduct the hip", "muscles", includes=GLUTEAL_ABDUCTORS),
    P("abductors of the hip", "muscles", includes=GLUTEAL_ABDUCTORS, excludes=s("adductor longus")),
    P("Hip Abductors", "muscles", includes=GLUTEAL_ABDUCTORS),
    P("which muscles produce hip abduction", "muscles", includes=GLUTEAL_ABDUCTORS),
    P("what are the main hip abductors", "muscles", includes=GLUTEAL_ABDUCTORS),
    P("which muscles dorsiflex the ankle", "muscles", exactly=DORSIFLEXORS),
    P("ankle dorsiflexors", "muscles", exactly=DORSIFLEXORS),
    P("which S1-innervated muscles plantarflex the ankle", "muscles", includes=TRICEPS_SURAE,
      excludes=s("tibialis anterior", "tibialis posterior")),
    P("which S1 innervated muscles plantar flex the ankle", "muscles", includes=TRICEPS_SURAE),
    P("which muscles insert on the greater trochanter", "muscles",
      exactly=s("gluteus medius", "gluteus minimus", "piriformis", "obturator internus", "superior gemellus",
                "inferior gemellus")),
    P("which muscles insert into the greater trochanter", "muscles", includes=s("gluteus medius", "piriformis"),
      excludes=s("psoas major", "iliacus")),
    P("WHICH MUSCLES INSERT ON THE LESSER TROCHANTER?", "muscles", exactly=s("psoas major", "iliacus")),
    P("which muscles attach to the femur", "muscles", includes=s("vastus lateralis", "adductor longus",
      "gluteus medius"),
      excludes=s("rectus femoris", "semitendinosus", "tibialis anterior")),
    P("which muscles arise from the ischial tuberosity", "muscles",
      includes=HAMSTRINGS | s("adductor magnus hamstring part", "quadratus femoris"),
        excludes=s("biceps femoris short head")),
    P("which muscles originate from the ASIS", "muscles", exactly=s("sartorius", "tensor fasciae latae")),
    P("which muscles arise from the anterior superior iliac spine", "muscles", exactly=s("sartorius",
      "tensor fasciae latae")),
    P("which muscles insert on the calcaneus", "muscles", includes=TRICEPS_SURAE | s("plantaris")),
    P("which muscles insert on the head of the fibula", "muscles",
      exactly=s("biceps femoris long head", "biceps femoris short head")),
    P("which muscles extend the knee", "muscles", exactly=QUADRICEPS),
    P("knee extensors", "muscles", exactly=QUADRICEPS),
    P("which muscles flex the knee", "muscles", includes=HAMSTRINGS | s("biceps femoris short head", "gastrocnemius"),
      excludes=QUADRICEPS),
    P("which muscles adduct the hip", "muscles",
      includes=s("adductor longus", "adductor brevis", "adductor magnus adductor part", "gracilis", "pectineus")),
    P("which muscles evert the foot", "muscles", includes=FIBULARIS, excludes=s("tibialis posterior")),
    P("which muscles of the lateral compartment of the leg evert the foot", "muscles", exactly=FIBULARIS),
    P("which muscles invert the foot", "muscles", exactly=s("tibialis anterior", "tibialis posterior")),
    P("which muscles extend the great toe", "muscles", includes=s("extensor hallucis longus",
      "extensor hallucis brevis")),
    P("which muscles of the posterior compartment of the leg are supplied by S2", "muscles",
      includes=TRICEPS_SURAE | s("flexor hallucis longus"), excludes=s("tibialis anterior")),
    P("muscles of the anterior compartment of the thigh", "muscles", includes=QUADRICEPS | s("sartorius"),
      excludes=s("gracilis")),
    P("which muscles are in the gluteal region", "muscles", includes=s("gluteus maximus", "piriformis",
      "quadratus femoris")),
    P("which muscles cross the hip and the knee", "muscles", includes=HAMSTRINGS | s("rectus femoris", "sartorius",
      "gracilis"),
      excludes=s("vastus lateralis", "gluteus medius")),
    # 2. one muscle's facts
    P("what does gluteus medius do", "muscle-facts", includes=s("hip abduction", "hip medial rotation")),
    P("what does glute med do", "muscle-facts", includes=s("hip abduction")),
    P("what does the gluteus maximus do?", "muscle-facts", includes=s("hip extension", "hip lateral rotation")),
    P("where does rectus femoris originate", "muscle-facts", includes=s("anterior inferior iliac spine"),
      excludes=s("anterior superior iliac spine")),
    P("where does biceps femoris insert", "muscle-facts", exactly=s("head of fibula")),
    P("where does sartorius insert", "muscle-facts", exactly=s("medial surface of tibia")),
    P("what nerve supplies the iliacus", "muscle-facts", exactly=s("femoral nerve")),
    P("which nerve supplies the short head of biceps femoris", "muscle-facts", exactly=s("common fibular nerve")),
    P("what nerve supplies the long head of biceps femoris", "muscle-facts", exactly=s("tibial nerve")),
    P("which nerve supplies TFL", "muscle-facts", exactly=s("superior gluteal nerve")),
    P("what are the roots of gluteus medius", "muscle-facts", exactly=s("L4", "L5", "S1"),
      note="sources disagree"),
    P("what is the root value of tibialis anterior", "muscle-facts", includes=s("L4", "L5")),
    P("origin and insertion of piriformis", "muscle-facts", includes=s("pelvic surface of sacrum")),
    P("which group is gracilis in", "muscle-facts", includes=s("medial compartment of thigh")),
    P("what compartment is tibialis anterior in", "muscle-facts", includes=s("anterior compartment of leg")),
    # 3. a nerve's roots, branches, parent, supply
    P("what does the superior gluteal nerve supply", "nerve-supplies", exactly=GLUTEAL_ABDUCTORS),
    P("what does the inferior gluteal nerve supply", "nerve-supplies", exactly=s("gluteus maximus")),
    P("what does the sciatic nerve supply", "nerve-supplies", includes=HAMSTRINGS | DORSIFLEXORS | TRICEPS_SURAE,
      excludes=QUADRICEPS | GLUTEAL_ABDUCTORS),
    P("which muscles does the tibial nerve innervate", "nerve-supplies",
      includes=TRICEPS_SURAE | s("tibialis posterior", "abductor hallucis"), excludes=DORSIFLEXORS | FIBULARIS),
    P("what does the common peroneal nerve supply", "nerve-supplies", includes=DORSIFLEXORS | FIBULARIS,
      excludes=s("tibialis posterior")),
    P("which muscles does the deep peroneal nerve supply", "nerve-supplies",
      exactly=DORSIFLEXORS | s("extensor digitorum brevis", "extensor hallucis brevis")),
    P("what does the superficial fibular nerve supply", "nerve-supplies", exactly=FIBULARIS),
    P("which muscles does the obturator nerve supply", "nerve-supplies",
      includes=s("adductor longus", "adductor brevis", "gracilis", "obturator externus"),
      excludes=s("obturator internus", "adductor magnus hamstring part")),
    P("which muscles does the femoral nerve supply", "nerve-supplies", includes=QUADRICEPS | s("sartorius", "iliacus"),
      excludes=s("psoas major")),
    P("what are the roots of the femoral nerve", "nerve-roots", exactly=s("L2", "L3", "L4")),
    P("what are the roots of the obturator nerve", "nerve-roots", exactly=s("L2", "L3", "L4")),
    P("roots of the sciatic nerve", "nerve-roots", exactly=s("L4", "L5", "S1", "S2", "S3")),
    P("what are the roots of the superior gluteal nerve", "nerve-roots", exactly=s("L4", "L5", "S1")),
    P("what are the roots of the deep fibular nerve", "nerve-roots", exactly=s("L4", "L5", "S1", "S2"),
      cell=("L4", "from", ("common fibular nerve",))),
    P("what are the branches of the sciatic nerve", "nerve-branches",
      includes=s("tibial nerve", "common fibular nerve", "deep fibular nerve"), excludes=s("sacral plexus")),
    P("what are the terminal branches of the sciatic nerve", "nerve-branches",
      exactly=s("tibial nerve", "common fibular nerve")),
    P("what is the parent of the deep fibular nerve", "nerve-branches",
      exactly=s("common fibular nerve", "sciatic nerve", "sacral plexus"), first="common fibular nerve"),
    # 4. a root's muscles and actions
    P("which muscles are innervated by S1", "muscles", includes=TRICEPS_SURAE, excludes=s("iliacus",
      "adductor longus")),
    P("L5 myotome", "muscles", includes=GLUTEAL_ABDUCTORS | s("extensor hallucis longus"), excludes=s("iliacus")),
    P("what actions depend on L5", "root-actions", includes=s("hip abduction", "ankle dorsiflexion",
      "great toe extension"),
      excludes=s("knee extension")),
    P("what does L4 do", "root-actions", includes=s("knee extension", "ankle dorsiflexion", "foot inversion")),
    P("which movements does S1 serve", "root-actions", includes=s("ankle plantarflexion", "foot eversion"),
      excludes=s("knee extension")),
    # 5. sites
    P("greater trochanter", "site", includes=s("gluteus medius", "piriformis"), note="femur"),
    P("which bone is the ischial tuberosity on", "site", includes=HAMSTRINGS, note="hip bone"),
    P("which bone is the lesser trochanter on", "site", exactly=s("psoas major", "iliacus"), note="femur"),
    P("which muscles attach to the fibula", "muscles", includes=FIBULARIS | s("biceps femoris short head")),
    # 6. joints, antagonists, synergists, two-joint muscles
    P("what movements does the knee allow", "joint-movements", includes=s("knee flexion", "knee extension")),
    P("what movements does the ankle joint allow", "joint-movements",
      exactly=s("ankle dorsiflexion", "ankle plantarflexion")),
    P("which muscles medially rotate the knee", "muscles", includes=s("popliteus", "semitendinosus",
      "semimembranosus")),
    P("what are the antagonists of tibialis anterior", "antagonists", includes=TRICEPS_SURAE | FIBULARIS,
      excludes=s("extensor hallucis longus")),
    P("antagonists of the gastrocnemius", "antagonists", includes=s("tibialis anterior") | QUADRICEPS),
    P("what are the synergists of tibialis anterior", "synergists",
      includes=s("extensor hallucis longus", "tibialis posterior"), excludes=TRICEPS_SURAE),
    P("which muscles are two-joint muscles", "two-joint-muscles", includes=HAMSTRINGS | s("rectus femoris",
      "gastrocnemius"),
      excludes=s("vastus lateralis", "soleus")),
    P("which two-joint muscles cross the knee", "two-joint-muscles", includes=s("gastrocnemius", "rectus femoris"),
      excludes=s("soleus", "iliacus")),
    # 7. lesion effects
    P("which muscles are weak in a superior gluteal nerve injury", "lesion-effects", includes=s("hip abduction"),
      note="gluteus medius, gluteus minimus, tensor fasciae latae"),
    P("what is weak in an L5 radiculopathy", "lesion-effects",
      includes=s("hip abduction", "ankle dorsiflexion", "great toe extension"), note="not a diagnostic tool"),
    P("what is weak in a common peroneal nerve palsy", "lesion-effects", includes=s("ankle dorsiflexion",
      "foot eversion"),
      excludes=s("hip abduction", "knee extension")),
    P("femoral nerve lesion", "lesion-effects", includes=s("knee extension", "hip flexion"),
      excludes=s("ankle dorsiflexion")),
    # 8. lesion localisation
    P("hip abduction and ankle dorsiflexion and great toe extension are weak, knee extension is normal",
      "lesion-localisation", first="L5 root", note="tibialis posterior"),
    P("knee extension and hip flexion are weak, hip adduction is normal", "lesion-localisation", first="femoral nerve"),
    P("weakness of hip adduction; knee extension is normal", "lesion-localisation", first="obturator nerve"),
    # 9. named views over the root data
    P("ISNCSCI key muscles", "key-muscles", includes=s("L2", "L3", "L4", "L5", "S1"),
      cell=("L5", "muscles", ("extensor hallucis longus",))),
    P("what is the key muscle for S1", "key-muscles", exactly=s("S1"), cell=("S1", "action",
      ("ankle plantarflexion",))),
    P("textbook myotomes", "myotome", includes=s("L4", "L5", "S1")),
    P("myotome of L5 according to Kendall", "myotome", exactly=s("L5"),
      cell=("L5", "muscles", ("gluteus medius", "tensor fasciae latae"))),
    P("what is the dominant root of tibialis anterior", "dominant-roots", exactly=s(), note="No source"),
    # 10. upper limb and brachial plexus
    P("which C5-innervated muscles abduct the shoulder", "muscles", exactly=s("deltoid", "supraspinatus")),
    P("which muscles insert on the greater tubercle", "muscles",
      exactly=s("supraspinatus", "infraspinatus", "teres minor")),
    P("which muscles pronate the forearm", "muscles", exactly=s("pronator teres", "pronator quadratus")),
    P("which muscles supinate the forearm", "muscles", exactly=s("supinator", "biceps brachii")),
    P("which muscles protract the scapula", "muscles", exactly=s("serratus anterior", "pectoralis minor")),
    P("which muscles oppose the thumb", "muscles", includes=s("opponens pollicis"), excludes=s("adductor pollicis")),
    P("what does the musculocutaneous nerve supply", "nerve-supplies",
      exactly=s("biceps brachii", "brachialis medial part", "coracobrachialis")),
    P("what does the posterior cord supply", "nerve-supplies",
      includes=s("deltoid", "latissimus dorsi", "supinator", "extensor digitorum"),
      excludes=s("biceps brachii", "flexor carpi ulnaris")),
    P("what does the lateral cord supply", "nerve-supplies", includes=s("pronator teres", "biceps brachii"),
      excludes=s("pronator quadratus", "flexor carpi ulnaris")),
    P("what does the recurrent branch of the median nerve supply", "nerve-supplies",
      exactly=s("abductor pollicis brevis", "opponens pollicis", "flexor pollicis brevis superficial head")),
    P("which nerve supplies serratus anterior", "muscle-facts", exactly=s("long thoracic nerve")),
    P("what supplies the third lumbrical", "muscle-facts", exactly=s("deep branch of ulnar nerve")),
    P("which cord gives the axillary nerve", "nerve-branches", first="posterior cord of brachial plexus"),
    P("which cords form the median nerve", "nerve-branches",
      includes=s("lateral cord of brachial plexus", "medial cord of brachial plexus"),
      excludes=s("posterior cord of brachial plexus")),
    P("what are the roots of the lateral cord", "nerve-roots", exactly=s("C5", "C6", "C7")),
    P("which roots reach the deltoid through which path", "root-paths", exactly=s("deltoid"),
      cell=("deltoid", "path", ("upper trunk", "posterior cord of brachial plexus", "axillary nerve"))),
    P("what is weak in a radial nerve injury at the spiral groove", "lesion-effects",
      includes=s("wrist extension", "finger metacarpophalangeal extension"), note="triceps brachii medial head"),
    P("what is weak in an ulnar nerve lesion at the wrist", "lesion-effects",
      includes=s("finger metacarpophalangeal abduction"), excludes=s("wrist adduction")),
    P("what is weak in an upper trunk lesion", "lesion-effects", includes=s("shoulder abduction", "elbow flexion")),
    P("thumb opposition is weak, forearm pronation is normal", "lesion-localisation",
      includes=s("recurrent branch of median nerve", "median nerve at the wrist"), excludes=s("median nerve")),
    P("finger metacarpophalangeal abduction is weak, thumb opposition is normal, wrist flexion is normal",
      "lesion-localisation", includes=s("deep branch of ulnar nerve", "ulnar nerve at the wrist")),
    P("what is the key muscle for C7", "key-muscles", exactly=s("C7"),
      cell=("C7", "muscles", ("triceps brachii",))),
    # 11. crosswalks: outside vocabularies
    P("what does glmed1_r map to", "crosswalk", exactly=s("gluteus medius")),
    P("which nerve supplies glmed1_r", "muscle-facts", exactly=s("superior gluteal nerve"), note="Read glmed1_r"),
    P("which nerve supplies the hamstrings", "muscle-facts", exactly=s("tibial nerve"),
      cell=("tibial nerve", "muscle", ("biceps femoris long head",))),
    P("HP:0012515 and HP:0009027 are weak", "lesion-localisation", includes=s("L4 root", "L5 root"),
      note="not a diagnostic tool"),
]
