"""Phrasings written as students and clinicians type them, before looking at what the parser accepts: casual
English, abbreviations (n., m., sup., TFL, FCR, EHL, ASIS), plurals and verb forms, ordinals, collective names
(the peronei, the quads, the hamstrings, the rotator cuff), fillers, clinical words (palsy, radiculopathy,
foot drop), "or" / "and" / "not" / "other than", yes/no questions, several muscles at once, and typos or body
parts the graph does not cover, which must be refused.

Each expected answer was checked against the anatomy (Gray's 42e, Moore 8e, Kendall 5e) and against the
shipped data (data/**/*.ttl); where the two disagree no row was written. Labels are the graph's
skos:prefLabel values. The trailing comment of each row says which limb it is about."""

from phrasings import DORSIFLEXORS, FIBULARIS, GLUTEAL_ABDUCTORS, HAMSTRINGS, QUADRICEPS, TRICEPS_SURAE, P, s

# ---------------------------------------------------------------- sets used more than once (and those above)
PLANTARFLEXORS = s("gastrocnemius", "soleus", "plantaris", "tibialis posterior", "flexor hallucis longus",
                   "flexor digitorum longus", "fibularis longus", "fibularis brevis")
HIP_ACTIONS = s("hip flexion", "hip extension", "hip abduction", "hip adduction", "hip medial rotation",
                "hip lateral rotation")
ADDUCTORS_OBTURATOR = s("adductor longus", "adductor brevis", "adductor magnus adductor part", "gracilis")

ROTATOR_CUFF = s("supraspinatus", "infraspinatus", "teres minor", "subscapularis")
TRICEPS = s("triceps brachii long head", "triceps brachii lateral head", "triceps brachii medial head")
ELBOW_EXTENSORS = TRICEPS | s("anconeus")
SHOULDER_ACTIONS = s("shoulder flexion", "shoulder extension", "shoulder abduction", "shoulder adduction",
                     "shoulder medial rotation", "shoulder lateral rotation")
WRIST_ACTIONS = s("wrist flexion", "wrist extension", "wrist abduction", "wrist adduction")
SCAPULAR_ACTIONS = s("scapular elevation", "scapular depression", "scapular protraction", "scapular retraction",
                     "scapular upward rotation", "scapular downward rotation")
COMMON_FLEXOR_ORIGIN = s("flexor carpi radialis", "flexor carpi ulnaris", "palmaris longus",
                         "flexor digitorum superficialis", "pronator teres")
COMMON_EXTENSOR_ORIGIN = s("extensor carpi radialis brevis", "extensor carpi ulnaris", "extensor digitorum",
                           "extensor digiti minimi", "supinator", "anconeus")
PIN_MUSCLES = s("abductor pollicis longus", "extensor carpi ulnaris", "extensor digiti minimi", "extensor digitorum",
                "extensor indicis", "extensor pollicis brevis", "extensor pollicis longus")
MEDIAN_THENAR = s("abductor pollicis brevis", "opponens pollicis", "flexor pollicis brevis superficial head")

USER_PHRASINGS = [
    # ============================================================ muscles: filters, and/or/not
    P("muscles abducting the hip joint pls", "muscles", includes=GLUTEAL_ABDUCTORS,
      excludes=s("adductor longus", "gracilis")),  # lower
    P("muscles that extend the knees", "muscles", exactly=QUADRICEPS),  # lower
    P("what extends the knee joint?", "muscles", exactly=QUADRICEPS),  # lower
    P("which muscles are everting the ankle", "muscles", includes=FIBULARIS,
      excludes=s("tibialis anterior", "tibialis posterior")),  # lower
    P("ankle evertors", "muscles", includes=FIBULARIS, excludes=s("tibialis posterior")),  # lower
    P("inverters of the foot", "muscles", exactly=s("tibialis anterior", "tibialis posterior")),  # lower
    P("which muscles are inverting the ankle", "muscles", includes=s("tibialis anterior", "tibialis posterior"),
      excludes=FIBULARIS),  # lower
    P("plantar flexors of the ankle", "muscles", exactly=PLANTARFLEXORS),  # lower
    P("what muscles plantarflex the foot", "muscles", includes=TRICEPS_SURAE | s("tibialis posterior"),
      excludes=s("tibialis anterior")),  # lower
    P("muscles that dorsiflex the foot", "muscles", exactly=DORSIFLEXORS),  # lower
    P("which muscles externally rotate the hip", "muscles",
      includes=s("piriformis", "quadratus femoris", "obturator externus", "obturator internus", "gluteus maximus"),
      excludes=s("tensor fasciae latae")),  # lower
    P("hip internal rotators", "muscles", includes=GLUTEAL_ABDUCTORS,
      excludes=s("piriformis", "quadratus femoris")),  # lower
    P("which muscles flex the hip", "muscles", includes=s("iliacus", "psoas major", "rectus femoris", "sartorius"),
      excludes=s("gluteus maximus", "semitendinosus")),  # lower
    P("what are the hip extensors", "muscles", includes=HAMSTRINGS | s("gluteus maximus"),
      excludes=s("iliacus", "rectus femoris")),  # lower
    P("which muscles are extending the big toe", "muscles", includes=s("extensor hallucis longus",
      "extensor hallucis brevis"), excludes=s("flexor hallucis longus")),  # lower
    P("which muscles flex the great toe", "muscles",
      includes=s("flexor hallucis longus", "flexor hallucis brevis"), excludes=s("extensor hallucis longus")),  # lower
    P("toe extensors", "muscles", includes=s("extensor digitorum longus", "extensor digitorum brevis"),
      excludes=s("flexor digitorum longus")),  # lower
    P("which muscles flex the toes", "muscles", includes=s("flexor digitorum longus", "flexor digitorum brevis"),
      excludes=s("extensor digitorum longus")),  # lower
    P("which muscles extend the hip and flex the knee", "muscles", exactly=HAMSTRINGS),  # lower
    P("which muscles flex the hip and extend the knee", "muscles", exactly=s("rectus femoris")),  # lower
    P("muscles that flex both the hip and the knee", "muscles", exactly=s("sartorius")),  # lower
    P("which muscles abduct and medially rotate the hip", "muscles", exactly=GLUTEAL_ABDUCTORS),  # lower
    P("which muscles dorsiflex the ankle and invert the foot", "muscles", exactly=s("tibialis anterior")),  # lower
    P("which muscles plantarflex the ankle and invert the foot", "muscles", includes=s("tibialis posterior"),
      excludes=s("tibialis anterior") | FIBULARIS),  # lower
    P("which muscles plantar flex and evert the foot", "muscles", exactly=FIBULARIS),  # lower
    P("which muscles evert or invert the foot", "muscles",
      includes=FIBULARIS | s("tibialis anterior", "tibialis posterior"), excludes=s("soleus")),  # lower
    P("which muscles extend the hip other than the hamstrings", "muscles",
      includes=s("gluteus maximus", "adductor magnus hamstring part"), excludes=HAMSTRINGS),  # lower
    P("knee flexors except the hamstrings", "muscles",
      includes=s("gastrocnemius", "popliteus", "biceps femoris short head", "sartorius", "gracilis"),
      excludes=HAMSTRINGS | QUADRICEPS),  # lower
    P("which dorsiflexors are not supplied by L4", "muscles",
      exactly=s("extensor hallucis longus", "extensor digitorum longus", "fibularis tertius")),  # lower
    P("muscles of the posterior compartment of the leg not supplied by S1", "muscles",
      includes=s("flexor digitorum longus", "flexor hallucis longus", "tibialis posterior"),
      excludes=TRICEPS_SURAE | s("plantaris")),  # lower
    P("hip adductors other than those supplied by the obturator nerve", "muscles",
      includes=s("pectineus", "adductor magnus hamstring part"), excludes=ADDUCTORS_OBTURATOR),  # lower
    P("which adductors are supplied by the obturator n.", "muscles", includes=ADDUCTORS_OBTURATOR,
      excludes=s("adductor magnus hamstring part")),  # lower
    P("which muscles have both L4 and S1 root values", "muscles", includes=GLUTEAL_ABDUCTORS | s("popliteus"),
      excludes=s("tibialis anterior", "soleus")),  # lower
    P("which L5 muscles are in the anterior compartment of the leg", "muscles", exactly=DORSIFLEXORS),  # lower
    P("which of the quads are supplied by L4", "muscles", exactly=QUADRICEPS),  # lower
    P("which hamstrings are innervated by S2", "muscles", exactly=HAMSTRINGS),  # lower
    P("calf muscles supplied by S1", "muscles", includes=TRICEPS_SURAE, excludes=s("tibialis anterior")),  # lower
    P("which hip extensors are supplied by L5", "muscles", includes=HAMSTRINGS | s("gluteus maximus"),
      excludes=s("adductor magnus hamstring part")),  # lower
    P("which deep gluteal muscles are supplied by L5", "muscles",
      includes=s("obturator internus", "quadratus femoris", "superior gemellus", "inferior gemellus"),
      excludes=s("piriformis")),  # lower
    P("which muscles in the leg are innervated by L4", "muscles",
      exactly=s("tibialis anterior", "tibialis posterior", "popliteus")),  # lower
    P("which muscles supplied by the tibial nerve invert the foot", "muscles", exactly=s("tibialis posterior")),  # lower
    P("which hip flexors are supplied by the femoral nerve", "muscles",
      exactly=s("iliacus", "pectineus", "rectus femoris", "sartorius")),  # lower
    P("hip flexors supplied by L1", "muscles", exactly=s("psoas major")),  # lower
    P("which muscles laterally rotate the hip and are supplied by the obturator nerve", "muscles",
      exactly=s("obturator externus")),  # lower
    P("which of the quads cross the hip", "muscles", exactly=s("rectus femoris")),  # lower
    P("which sole muscles are supplied by the medial plantar nerve", "muscles",
      exactly=s("abductor hallucis", "flexor digitorum brevis", "flexor hallucis brevis",
                "first lumbrical of foot")),  # lower
    P("muscles of the 1st layer of the sole", "muscles",
      exactly=s("abductor hallucis", "flexor digitorum brevis", "abductor digiti minimi of foot")),  # lower
    P("3rd layer of the sole muscles", "muscles",
      exactly=s("flexor hallucis brevis", "adductor hallucis", "flexor digiti minimi brevis of foot")),  # lower
    P("what muscles are in the lateral compartment of the leg", "muscles", exactly=FIBULARIS),  # lower
    P("muscles of the medial compartment of the thigh", "muscles", includes=ADDUCTORS_OBTURATOR |
      s("obturator externus"), excludes=QUADRICEPS),  # lower
    P("which muscles insert on the medial surface of the tibia", "muscles",
      exactly=s("sartorius", "gracilis", "semitendinosus")),  # lower
    P("which muscles insert into the IT band", "muscles", exactly=s("gluteus maximus", "tensor fasciae latae")),  # lower
    P("which muscles insert onto the linea aspera", "muscles",
      exactly=s("adductor longus", "adductor brevis", "adductor magnus adductor part")),  # lower
    P("which muscles arise from the linea aspera", "muscles",
      exactly=s("biceps femoris short head", "vastus lateralis", "vastus medialis")),  # lower
    P("which muscles attach to the greater trochanter", "muscles",
      includes=s("gluteus medius", "gluteus minimus", "piriformis", "vastus lateralis"),
      excludes=s("iliacus", "psoas major")),  # lower
    P("which muscles originate from the AIIS", "muscles", exactly=s("rectus femoris")),  # lower
    P("which muscles attach to the ASIS and flex the hip", "muscles",
      exactly=s("sartorius", "tensor fasciae latae")),  # lower
    P("which muscles originating on the pubis are supplied by the obturator nerve", "muscles",
      includes=s("adductor longus", "adductor brevis", "gracilis"), excludes=s("pectineus")),  # lower
    P("which muscles originate on the fibula and plantarflex the ankle", "muscles",
      exactly=s("fibularis longus", "fibularis brevis", "flexor hallucis longus", "soleus",
                "tibialis posterior")),  # lower
    P("which muscles attach to the tibia and flex the knee", "muscles",
      exactly=s("gracilis", "popliteus", "sartorius", "semimembranosus", "semitendinosus")),  # lower
    P("which muscles insert on the 5th metatarsal base", "muscles",
      exactly=s("fibularis brevis", "fibularis tertius")),  # lower
    P("which muscles insert onto the 1st metatarsal", "muscles",
      exactly=s("tibialis anterior", "fibularis longus")),  # lower
    P("which muscles insert on the distal phalanx of the 2nd toe", "muscles",
      exactly=s("flexor digitorum longus", "extensor digitorum longus")),  # lower
    P("which muscles insert into the middle phalanx of the 3rd toe", "muscles",
      exactly=s("flexor digitorum brevis", "extensor digitorum longus")),  # lower
    P("which muscles attach to the calcaneus", "muscles",
      includes=TRICEPS_SURAE | s("extensor digitorum brevis", "abductor hallucis", "quadratus plantae"),
      excludes=s("tibialis anterior")),  # lower
    P("which muscles arise from the sacrum", "muscles", includes=s("piriformis", "gluteus maximus"),
      excludes=s("gluteus medius")),  # lower
    P("which muscles of the gluteal region are supplied by S1", "muscles",
      includes=s("gluteus maximus", "piriformis", "gluteus medius"), excludes=s("iliacus")),  # lower
    P("which gluteal muscles extend the hip", "muscles", includes=s("gluteus maximus"),
      excludes=s("gluteus minimus")),  # lower
    P("which muscles are supplied by S3", "muscles",
      includes=s("flexor hallucis longus", "flexor digitorum longus", "abductor hallucis"),
      excludes=TRICEPS_SURAE | s("tibialis anterior")),  # lower
    P("muscles of the S2 myotome", "muscles", includes=TRICEPS_SURAE | s("flexor hallucis longus"),
      excludes=s("tibialis anterior", "iliacus")),  # lower
    P("which muscles abduct the shoulder", "muscles", exactly=s("deltoid", "supraspinatus")),  # upper
    P("muscles abducting the arm", "muscles", exactly=s("deltoid", "supraspinatus")),  # upper
    P("which muscles laterally rotate the shoulder", "muscles",
      exactly=s("deltoid", "infraspinatus", "teres minor")),  # upper
    P("shoulder internal rotators", "muscles",
      includes=s("subscapularis", "teres major", "latissimus dorsi", "pectoralis major sternocostal head"),
      excludes=s("infraspinatus", "teres minor")),  # upper
    P("which muscles medially rotate the humerus", "muscles",
      includes=s("subscapularis", "teres major", "latissimus dorsi"), excludes=s("infraspinatus")),  # upper
    P("shoulder flexors", "muscles", includes=s("deltoid", "pectoralis major clavicular head", "coracobrachialis"),
      excludes=s("latissimus dorsi")),  # upper
    P("which muscles extend the shoulder", "muscles",
      includes=s("latissimus dorsi", "deltoid", "triceps brachii long head"), excludes=s("coracobrachialis")),  # upper
    P("which muscles extend the elbow", "muscles", exactly=ELBOW_EXTENSORS),  # upper
    P("elbow flexors", "muscles",
      includes=s("biceps brachii", "brachioradialis", "brachialis lateral part", "brachialis medial part"),
      excludes=TRICEPS),  # upper
    P("which muscles flex the elbow and supinate the forearm", "muscles", exactly=s("biceps brachii")),  # upper
    P("what muscles pronate or supinate the forearm", "muscles",
      exactly=s("pronator teres", "pronator quadratus", "supinator", "biceps brachii")),  # upper
    P("wrist extensors", "muscles",
      includes=s("extensor carpi radialis longus", "extensor carpi radialis brevis", "extensor carpi ulnaris"),
      excludes=s("flexor carpi ulnaris")),  # upper
    P("which muscles flex the wrist", "muscles",
      includes=s("flexor carpi radialis", "flexor carpi ulnaris", "palmaris longus"),
      excludes=s("extensor carpi ulnaris")),  # upper
    P("ulnar deviators of the wrist", "muscles", exactly=s("extensor carpi ulnaris", "flexor carpi ulnaris")),  # upper
    P("which muscles produce radial deviation", "muscles",
      exactly=s("extensor carpi radialis longus", "extensor carpi radialis brevis", "flexor carpi radialis")),  # upper
    P("which muscles extend and abduct the wrist", "muscles",
      exactly=s("extensor carpi radialis longus", "extensor carpi radialis brevis")),  # upper
    P("which muscles flex and adduct the wrist", "muscles", exactly=s("flexor carpi ulnaris")),  # upper
    P("wrist flexors not innervated by the median nerve", "muscles", includes=s("flexor carpi ulnaris"),
      excludes=s("flexor carpi radialis", "palmaris longus", "flexor digitorum superficialis")),  # upper
    P("elbow flexors not supplied by the musculocutaneous nerve", "muscles",
      includes=s("brachioradialis", "pronator teres", "brachialis lateral part"),
      excludes=s("biceps brachii", "brachialis medial part")),  # upper
    P("which muscles flex the DIP joints of the fingers", "muscles",
      exactly=s("flexor digitorum profundus lateral part", "flexor digitorum profundus medial part")),  # upper
    P("what flexes the PIP joints", "muscles", exactly=s("flexor digitorum superficialis")),  # upper
    P("which muscle flexes the IP joint of the thumb", "muscles", exactly=s("flexor pollicis longus")),  # upper
    P("which muscles adduct the fingers", "muscles", exactly=s("palmar interossei of hand")),  # upper
    P("finger abductors", "muscles", exactly=s("dorsal interossei of hand", "abductor digiti minimi of hand")),  # upper
    P("which muscles abduct the thumb", "muscles", includes=s("abductor pollicis longus", "abductor pollicis brevis"),
      excludes=s("adductor pollicis")),  # upper
    P("muscles that extend the thumb", "muscles", includes=s("extensor pollicis longus", "extensor pollicis brevis"),
      excludes=s("flexor pollicis longus")),  # upper
    P("which muscles elevate the shoulder girdle", "muscles", exactly=s("levator scapulae", "trapezius")),  # upper
    P("scapular retractors", "muscles", exactly=s("rhomboid major", "rhomboid minor", "trapezius")),  # upper
    P("which muscles upwardly rotate the scapula", "muscles", exactly=s("serratus anterior", "trapezius")),  # upper
    P("downward rotators of the scapula", "muscles",
      includes=s("levator scapulae", "rhomboid major", "rhomboid minor"), excludes=s("serratus anterior")),  # upper
    P("which muscles adduct and medially rotate the shoulder", "muscles",
      includes=s("latissimus dorsi", "teres major", "pectoralis major sternocostal head"),
      excludes=s("infraspinatus", "deltoid")),  # upper
    P("which C5 muscles flex the elbow", "muscles",
      includes=s("biceps brachii", "brachialis medial part", "brachioradialis"), excludes=s("pronator teres")),  # upper
    P("which muscles supplied by C6 and C7 pronate the forearm", "muscles", exactly=s("pronator teres")),  # upper
    P("which forearm muscles have a T1 root", "muscles",
      exactly=s("flexor digitorum profundus lateral part", "flexor digitorum profundus medial part",
                "flexor digitorum superficialis", "flexor pollicis longus", "pronator quadratus")),  # upper
    P("which muscles are supplied by the radial nerve and flex the elbow", "muscles",
      exactly=s("brachialis lateral part", "brachioradialis")),  # upper
    P("which muscles of the anterior compartment of the forearm are supplied by the ulnar nerve", "muscles",
      exactly=s("flexor carpi ulnaris", "flexor digitorum profundus medial part")),  # upper
    P("which hand muscles does the median nerve supply", "muscles",
      exactly=MEDIAN_THENAR | s("first lumbrical of hand", "second lumbrical of hand")),  # upper
    P("which intrinsic hand muscles are supplied by the ulnar n.", "muscles",
      includes=s("adductor pollicis", "dorsal interossei of hand", "palmar interossei of hand",
                 "abductor digiti minimi of hand"),
      excludes=s("abductor pollicis brevis", "opponens pollicis")),  # upper
    P("thenar muscles supplied by the median nerve", "muscles", exactly=MEDIAN_THENAR),  # upper
    P("which hypothenar muscles are supplied by the deep branch of the ulnar nerve", "muscles",
      exactly=s("abductor digiti minimi of hand", "flexor digiti minimi brevis of hand", "opponens digiti minimi")),  # upper
    P("which posterior forearm muscles does the PIN supply", "muscles",
      includes=s("extensor carpi ulnaris", "extensor digitorum", "extensor pollicis longus",
                 "abductor pollicis longus"),
      excludes=s("brachioradialis", "extensor carpi radialis longus", "supinator")),  # upper
    P("which rotator cuff muscles are not supplied by the suprascapular nerve", "muscles",
      exactly=s("subscapularis", "teres minor")),  # upper
    P("which scapulohumeral muscles are supplied by C5 but not by the suprascapular nerve", "muscles",
      includes=s("deltoid", "subscapularis", "teres major", "teres minor"),
      excludes=s("supraspinatus", "infraspinatus")),  # upper
    P("which back muscles are supplied by the dorsal scapular nerve", "muscles",
      exactly=s("levator scapulae", "rhomboid major", "rhomboid minor")),  # upper
    P("muscles supplied by the axillary or suprascapular nerve", "muscles",
      exactly=s("deltoid", "teres minor", "supraspinatus", "infraspinatus")),  # upper
    P("muscles of the posterior compartment of the arm", "muscles", exactly=ELBOW_EXTENSORS),  # upper
    P("anterior arm muscles", "muscles",
      includes=s("biceps brachii", "coracobrachialis", "brachialis medial part"), excludes=TRICEPS),  # upper
    P("which muscles are in the rotator cuff", "muscles", exactly=ROTATOR_CUFF),  # upper
    P("which muscles attach to the coracoid", "muscles",
      exactly=s("biceps brachii", "coracobrachialis", "pectoralis minor")),  # upper
    P("which muscles originate from the coracoid process", "muscles",
      exactly=s("biceps brachii", "coracobrachialis")),  # upper
    P("which muscles insert into the greater tuberosity of the humerus", "muscles",
      exactly=s("supraspinatus", "infraspinatus", "teres minor")),  # upper
    P("muscles inserting into the bicipital groove", "muscles",
      includes=s("latissimus dorsi", "teres major", "pectoralis major clavicular head"),
      excludes=s("biceps brachii")),  # upper
    P("which muscles arise from the infraglenoid tubercle", "muscles", exactly=s("triceps brachii long head")),  # upper
    P("what muscles insert on the olecranon", "muscles", exactly=ELBOW_EXTENSORS),  # upper
    P("muscles inserting on the radius", "muscles",
      exactly=s("biceps brachii", "brachioradialis", "pronator quadratus", "pronator teres", "supinator")),  # upper
    P("which muscles originate on the medial epicondyle of the humerus", "muscles", exactly=COMMON_FLEXOR_ORIGIN),  # upper
    P("muscles arising from the lateral epicondyle that extend the wrist", "muscles",
      exactly=s("extensor carpi radialis brevis", "extensor carpi ulnaris", "extensor digitorum")),  # upper
    P("which muscles from the medial epicondyle are supplied by the median nerve", "muscles",
      exactly=s("flexor carpi radialis", "flexor digitorum superficialis", "palmaris longus",
                "pronator teres")),  # upper
    P("which muscles arise from the lateral supracondylar ridge", "muscles",
      exactly=s("brachioradialis", "extensor carpi radialis longus")),  # upper
    P("which muscles insert on the base of the 2nd metacarpal", "muscles",
      exactly=s("extensor carpi radialis longus", "flexor carpi radialis")),  # upper
    P("which muscles originate from the 3rd rib", "muscles", exactly=s("serratus anterior", "pectoralis minor")),  # upper
    P("which muscles act on the scapula", "muscles",
      includes=s("serratus anterior", "trapezius", "rhomboid major", "levator scapulae", "pectoralis minor"),
      excludes=s("deltoid", "biceps brachii")),  # upper
    P("C7 myotome", "muscles", includes=TRICEPS | s("extensor digitorum"), excludes=s("deltoid")),  # upper
    P("which muscles are innervated by C3 or C4", "muscles",
      includes=s("levator scapulae", "rhomboid major", "supraspinatus"), excludes=s("deltoid")),  # upper

    # ============================================================ muscle-facts: one or several muscles
    P("origin of glute max", "muscle-facts",
      includes=s("gluteal surface of ilium", "sacrotuberous ligament", "coccyx")),  # lower
    P("where does TFL insert", "muscle-facts", exactly=s("iliotibial tract")),  # lower
    P("insertion of peroneus longus", "muscle-facts", includes=s("base of first metatarsal",
      "medial cuneiform bone")),  # lower
    P("where does fib brevis insert", "muscle-facts", exactly=s("tuberosity of fifth metatarsal")),  # lower
    P("what nerve supplies piriformis", "muscle-facts", exactly=s("nerve to piriformis")),  # lower
    P("which nerve supplies gemellus superior", "muscle-facts", exactly=s("nerve to obturator internus")),  # lower
    P("nerve supply of quadratus femoris", "muscle-facts", exactly=s("nerve to quadratus femoris")),  # lower
    P("innervation of popliteus", "muscle-facts", exactly=s("tibial nerve")),  # lower
    P("root value of gastroc", "muscle-facts", exactly=s("S1", "S2")),  # lower
    P("roots of EHL", "muscle-facts", exactly=s("L5", "S1")),  # lower
    P("roots of psoas major", "muscle-facts", exactly=s("L1", "L2", "L3")),  # lower
    P("what does popliteus do", "muscle-facts", includes=s("knee flexion", "knee medial rotation"),
      excludes=s("knee extension")),  # lower
    P("actions of sartorius", "muscle-facts",
      includes=s("hip flexion", "hip abduction", "hip lateral rotation", "knee flexion")),  # lower
    P("what does tib post do", "muscle-facts", exactly=s("ankle plantarflexion", "foot inversion")),  # lower
    P("what does glute min do", "muscle-facts", includes=s("hip abduction", "hip medial rotation"),
      excludes=s("hip lateral rotation")),  # lower
    P("what does the EDB do", "muscle-facts", includes=s("lateral toe extension")),  # lower
    P("which group is soleus in", "muscle-facts", includes=s("triceps surae", "posterior compartment of leg")),  # lower
    P("origin of EDL", "muscle-facts", includes=s("lateral condyle of tibia", "medial surface of fibula")),  # lower
    P("where does vastus medialis arise", "muscle-facts",
      includes=s("intertrochanteric line", "medial lip of linea aspera")),  # lower
    P("insertion of semimembranosus", "muscle-facts", exactly=s("medial condyle of tibia")),  # lower
    P("origin of gracilis", "muscle-facts", includes=s("body of pubis", "inferior pubic ramus")),  # lower
    P("nerve of adductor longus", "muscle-facts", exactly=s("obturator nerve")),  # lower
    P("what innervates the hamstring part of adductor magnus", "muscle-facts", exactly=s("tibial nerve")),  # lower
    P("insertion of obturator externus", "muscle-facts", exactly=s("trochanteric fossa")),  # lower
    P("nerve supply to abductor hallucis", "muscle-facts", exactly=s("medial plantar nerve")),  # lower
    P("which nerve supplies adductor hallucis", "muscle-facts",
      exactly=s("deep branch of lateral plantar nerve")),  # lower
    P("insertion of tibialis posterior", "muscle-facts", includes=s("navicular tuberosity",
      "medial cuneiform bone")),  # lower
    P("what nerve supplies psoas", "muscle-facts", exactly=s("anterior rami of lumbar spinal nerves")),  # lower
    P("what is the origin of soleus", "muscle-facts", includes=s("soleal line", "head of fibula")),  # lower
    P("FHL insertion", "muscle-facts", exactly=s("base of distal phalanx of great toe")),  # lower
    P("where does plantaris insert", "muscle-facts", exactly=s("calcaneal tuberosity")),  # lower
    P("abductor digiti minimi of the foot nerve supply", "muscle-facts", exactly=s("lateral plantar nerve")),  # lower
    P("flexor digiti minimi brevis in the foot - which nerve", "muscle-facts",
      exactly=s("superficial branch of lateral plantar nerve")),  # lower
    P("what innervates the quadriceps", "muscle-facts", exactly=s("femoral nerve")),  # lower
    P("what nerve supplies the peronei", "muscle-facts", exactly=s("superficial fibular nerve")),  # lower
    P("roots of the hamstrings", "muscle-facts", exactly=s("L5", "S1", "S2")),  # lower
    P("origin of the hamstrings", "muscle-facts", exactly=s("ischial tuberosity")),  # lower
    P("where do the calf muscles insert", "muscle-facts", includes=s("calcaneal tuberosity")),  # lower
    P("where do the adductors insert", "muscle-facts",
      includes=s("linea aspera", "adductor tubercle", "medial surface of tibia"),
      excludes=s("lesser trochanter")),  # lower
    P("what do the glutes do", "muscle-facts", includes=s("hip extension", "hip abduction")),  # lower
    P("nerves of the deep lateral rotators of the hip", "muscle-facts",
      includes=s("nerve to piriformis", "nerve to obturator internus", "nerve to quadratus femoris")),  # lower
    P("which nerve supplies tibialis anterior and EHL", "muscle-facts", exactly=s("deep fibular nerve")),  # lower
    P("roots of tib ant and tib post", "muscle-facts", exactly=s("L4", "L5")),  # lower
    P("what are the nerves to gluteus maximus and gluteus medius", "muscle-facts",
      exactly=s("inferior gluteal nerve", "superior gluteal nerve"),
      cell=("inferior gluteal nerve", "muscle", ("gluteus maximus",))),  # lower
    P("where does supraspinatus insert", "muscle-facts", exactly=s("superior facet of greater tubercle")),  # upper
    P("origin of infraspinatus", "muscle-facts", exactly=s("infraspinous fossa")),  # upper
    P("insertion of teres major", "muscle-facts", exactly=s("medial lip of intertubercular sulcus")),  # upper
    P("where does lat dorsi insert", "muscle-facts", exactly=s("floor of intertubercular sulcus")),  # upper
    P("nerve supply of the rhomboids", "muscle-facts", exactly=s("dorsal scapular nerve")),  # upper
    P("what nerve supplies levator scapulae", "muscle-facts", includes=s("dorsal scapular nerve")),  # upper
    P("innervation of trapezius", "muscle-facts", includes=s("spinal accessory nerve")),  # upper
    P("roots of biceps", "muscle-facts", includes=s("C5", "C6")),  # upper
    P("root value of triceps", "muscle-facts", exactly=s("C6", "C7", "C8")),  # upper
    P("what does brachioradialis do", "muscle-facts", includes=s("elbow flexion"),
      excludes=s("elbow extension")),  # upper
    P("what does ECU do", "muscle-facts", exactly=s("wrist extension", "wrist adduction")),  # upper
    P("actions of FCR", "muscle-facts", exactly=s("wrist flexion", "wrist abduction")),  # upper
    P("insertion of FCU", "muscle-facts", includes=s("pisiform", "hook of hamate", "base of fifth metacarpal")),  # upper
    P("origin of pronator teres", "muscle-facts",
      includes=s("medial epicondyle of humerus", "coronoid process of ulna")),  # upper
    P("where does biceps brachii insert", "muscle-facts", includes=s("radial tuberosity", "bicipital aponeurosis")),  # upper
    P("what nerve supplies brachialis", "muscle-facts", includes=s("musculocutaneous nerve", "radial nerve")),  # upper
    P("anconeus nerve supply", "muscle-facts", exactly=s("radial nerve")),  # upper
    P("which nerve innervates supinator", "muscle-facts", exactly=s("deep branch of radial nerve")),  # upper
    P("ECRB nerve supply", "muscle-facts", exactly=s("deep branch of radial nerve")),  # upper
    P("what nerve supplies ECRL", "muscle-facts", exactly=s("radial nerve")),  # upper
    P("which nerve supplies EPL", "muscle-facts", exactly=s("posterior interosseous nerve")),  # upper
    P("which nerve supplies the lateral half of FDP", "muscle-facts", exactly=s("anterior interosseous nerve")),  # upper
    P("what supplies the 1st lumbrical of the hand", "muscle-facts", exactly=s("median nerve")),  # upper
    P("2nd lumbrical nerve supply", "muscle-facts", exactly=s("median nerve")),  # upper
    P("what supplies the 4th lumbrical", "muscle-facts", exactly=s("deep branch of ulnar nerve")),  # upper
    P("nerve to adductor pollicis", "muscle-facts", exactly=s("deep branch of ulnar nerve")),  # upper
    P("which nerve supplies palmaris brevis", "muscle-facts", exactly=s("superficial branch of ulnar nerve")),  # upper
    P("what does opponens pollicis do", "muscle-facts", exactly=s("thumb opposition")),  # upper
    P("what do the dorsal interossei of the hand do", "muscle-facts",
      includes=s("finger metacarpophalangeal abduction"), excludes=s("finger metacarpophalangeal adduction")),  # upper
    P("origin of deltoid", "muscle-facts", exactly=s("lateral third of clavicle", "acromion", "spine of scapula")),  # upper
    P("what does pec minor do", "muscle-facts", exactly=s("scapular depression", "scapular protraction")),  # upper
    P("insertion of pectoralis minor", "muscle-facts", exactly=s("coracoid process")),  # upper
    P("what does subclavius do", "muscle-facts", exactly=s("clavicular depression")),  # upper
    P("teres minor nerve", "muscle-facts", exactly=s("axillary nerve")),  # upper
    P("which group is teres major in", "muscle-facts", includes=s("scapulohumeral muscles"),
      excludes=s("rotator cuff")),  # upper
    P("roots of serratus anterior", "muscle-facts", exactly=s("C5", "C6", "C7")),  # upper
    P("root value of lats", "muscle-facts", exactly=s("C6", "C7", "C8")),  # upper
    P("what compartment is brachioradialis in", "muscle-facts", includes=s("posterior compartment of forearm")),  # upper
    P("ADM of the hand roots", "muscle-facts", exactly=s("C8", "T1")),  # upper
    P("root values of the rotator cuff muscles", "muscle-facts", includes=s("C5", "C6"),
      excludes=s("C8", "T1")),  # upper
    P("what do the rotator cuff muscles do", "muscle-facts",
      includes=s("shoulder abduction", "shoulder lateral rotation", "shoulder medial rotation")),  # upper
    P("nerves of the thenar muscles", "muscle-facts",
      includes=s("recurrent branch of median nerve", "deep branch of ulnar nerve")),  # upper
    P("which nerve supplies FCR and FCU", "muscle-facts", exactly=s("median nerve", "ulnar nerve"),
      cell=("ulnar nerve", "muscle", ("flexor carpi ulnaris",))),  # upper
    P("insertion of ECRL and ECRB", "muscle-facts",
      exactly=s("base of second metacarpal", "base of third metacarpal")),  # upper
    P("what supplies infraspinatus and teres minor", "muscle-facts",
      exactly=s("suprascapular nerve", "axillary nerve"),
      cell=("axillary nerve", "muscle", ("teres minor",))),  # upper

    # ============================================================ nerve-roots
    P("roots of the radial n.", "nerve-roots", exactly=s("C5", "C6", "C7", "C8", "T1")),  # upper
    P("root value of the median nerve", "nerve-roots", includes=s("C6", "C7", "C8", "T1")),  # upper
    P("ulnar nerve roots", "nerve-roots", includes=s("C8", "T1"), excludes=s("C5")),  # upper
    P("what roots make up the axillary nerve", "nerve-roots", exactly=s("C5", "C6")),  # upper
    P("musculocutaneous nerve root values", "nerve-roots", exactly=s("C5", "C6", "C7")),  # upper
    P("roots of the long thoracic nerve", "nerve-roots", exactly=s("C5", "C6", "C7")),  # upper
    P("thoracodorsal n. roots", "nerve-roots", exactly=s("C6", "C7", "C8")),  # upper
    P("roots of the lower trunk", "nerve-roots", exactly=s("C8", "T1")),  # upper
    P("what roots form the upper trunk", "nerve-roots", exactly=s("C5", "C6")),  # upper
    P("roots of the medial cord", "nerve-roots", exactly=s("C8", "T1")),  # upper
    P("roots of the posterior cord", "nerve-roots", exactly=s("C5", "C6", "C7", "C8", "T1")),  # upper
    P("suprascapular nerve root value", "nerve-roots", includes=s("C5", "C6")),  # upper
    P("roots of the tibial nerve", "nerve-roots", exactly=s("L4", "L5", "S1", "S2", "S3")),  # lower
    P("common peroneal nerve roots", "nerve-roots", exactly=s("L4", "L5", "S1", "S2")),  # lower
    P("what are the roots of the inferior gluteal n.", "nerve-roots", exactly=s("L5", "S1", "S2")),  # lower
    P("root values of the nerve to quadratus femoris", "nerve-roots", exactly=s("L4", "L5", "S1")),  # lower
    P("roots of the sacral plexus", "nerve-roots", includes=s("L4", "L5", "S1", "S2", "S3"),
      excludes=s("L1")),  # lower
    P("lumbar plexus roots", "nerve-roots", includes=s("L1", "L2", "L3", "L4"), excludes=s("S1")),  # lower
    P("superficial peroneal nerve roots", "nerve-roots", includes=s("L5", "S1")),  # lower

    # ============================================================ nerve-supplies
    P("what does the axillary n. supply", "nerve-supplies", exactly=s("deltoid", "teres minor")),  # upper
    P("what does the suprascapular nerve innervate", "nerve-supplies",
      exactly=s("supraspinatus", "infraspinatus")),  # upper
    P("what does the radial nerve supply", "nerve-supplies",
      includes=TRICEPS | s("brachioradialis", "extensor carpi radialis longus", "supinator", "extensor digitorum"),
      excludes=s("flexor carpi ulnaris", "biceps brachii")),  # upper
    P("what does the PIN supply", "nerve-supplies", exactly=PIN_MUSCLES),  # upper
    P("what does the AIN innervate", "nerve-supplies",
      exactly=s("flexor digitorum profundus lateral part", "flexor pollicis longus", "pronator quadratus")),  # upper
    P("what does the median nerve supply", "nerve-supplies",
      includes=s("pronator teres", "flexor carpi radialis", "palmaris longus", "flexor digitorum superficialis",
                 "abductor pollicis brevis", "opponens pollicis"),
      excludes=s("flexor carpi ulnaris", "adductor pollicis")),  # upper
    P("what does the ulnar nerve innervate", "nerve-supplies",
      includes=s("flexor carpi ulnaris", "flexor digitorum profundus medial part", "adductor pollicis",
                 "dorsal interossei of hand"),
      excludes=s("abductor pollicis brevis", "opponens pollicis", "flexor carpi radialis")),  # upper
    P("what does the deep branch of the ulnar nerve supply", "nerve-supplies",
      includes=s("adductor pollicis", "palmar interossei of hand", "third lumbrical of hand",
                 "fourth lumbrical of hand"),
      excludes=s("palmaris brevis", "flexor carpi ulnaris")),  # upper
    P("what does the deep branch of the radial nerve supply", "nerve-supplies",
      includes=s("extensor carpi radialis brevis", "supinator") | PIN_MUSCLES,
      excludes=s("extensor carpi radialis longus", "brachioradialis") | TRICEPS),  # upper
    P("what does the thoracodorsal nerve supply", "nerve-supplies", exactly=s("latissimus dorsi")),  # upper
    P("what does the dorsal scapular nerve supply", "nerve-supplies",
      exactly=s("levator scapulae", "rhomboid major", "rhomboid minor")),  # upper
    P("what does the lower subscapular nerve supply", "nerve-supplies", exactly=s("subscapularis", "teres major")),  # upper
    P("what does the medial pectoral nerve innervate", "nerve-supplies",
      exactly=s("pectoralis minor", "pectoralis major clavicular head", "pectoralis major sternocostal head")),  # upper
    P("what does the accessory nerve supply in the upper limb", "nerve-supplies", includes=s("trapezius")),  # upper
    P("what does the upper trunk supply", "nerve-supplies",
      includes=s("deltoid", "supraspinatus", "infraspinatus", "biceps brachii"),
      excludes=s("dorsal interossei of hand", "abductor digiti minimi of hand", "flexor carpi ulnaris")),  # upper
    P("what does the lower trunk of the brachial plexus supply", "nerve-supplies",
      includes=s("dorsal interossei of hand", "abductor digiti minimi of hand", "adductor pollicis"),
      excludes=s("deltoid", "supraspinatus", "biceps brachii")),  # upper
    P("what does the medial cord supply", "nerve-supplies",
      includes=s("flexor carpi ulnaris", "dorsal interossei of hand", "pectoralis minor"),
      excludes=s("deltoid", "biceps brachii")),  # upper
    P("what does the nerve to quadratus femoris supply", "nerve-supplies",
      exactly=s("quadratus femoris", "inferior gemellus")),  # lower
    P("what does the nerve to obturator internus innervate", "nerve-supplies",
      exactly=s("obturator internus", "superior gemellus")),  # lower
    P("what does the medial plantar n. supply", "nerve-supplies",
      exactly=s("abductor hallucis", "flexor digitorum brevis", "flexor hallucis brevis",
                "first lumbrical of foot")),  # lower
    P("what does the lateral plantar nerve supply", "nerve-supplies",
      includes=s("quadratus plantae", "abductor digiti minimi of foot", "adductor hallucis", "plantar interossei"),
      excludes=s("abductor hallucis", "flexor digitorum brevis")),  # lower
    P("what does the sacral plexus supply", "nerve-supplies",
      includes=HAMSTRINGS | s("gluteus maximus", "piriformis"), excludes=QUADRICEPS | s("adductor longus")),  # lower
    P("what does the lumbar plexus supply", "nerve-supplies",
      includes=QUADRICEPS | s("adductor longus", "iliacus"), excludes=s("gluteus medius", "soleus")),  # lower
    P("inferior gluteal n. - what does it innervate", "nerve-supplies", exactly=s("gluteus maximus")),  # lower
    P("sup. gluteal n. supplies which muscles", "nerve-supplies", exactly=GLUTEAL_ABDUCTORS),  # lower
    P("what does the tibial n. supply", "nerve-supplies",
      includes=HAMSTRINGS | TRICEPS_SURAE | s("popliteus", "flexor hallucis longus"),
      excludes=s("biceps femoris short head", "tibialis anterior")),  # lower
    P("what does the common fibular nerve innervate", "nerve-supplies",
      includes=FIBULARIS | DORSIFLEXORS | s("biceps femoris short head"),
      excludes=s("biceps femoris long head", "tibialis posterior")),  # lower
    P("what does the femoral n. innervate", "nerve-supplies", includes=QUADRICEPS | s("sartorius", "pectineus"),
      excludes=s("adductor longus")),  # lower

    # ============================================================ nerve-branches
    P("which trunk gives the suprascapular nerve", "nerve-branches", first="upper trunk of brachial plexus"),  # upper
    P("where does the thoracodorsal nerve come from", "nerve-branches",
      first="posterior cord of brachial plexus"),  # upper
    P("what does the posterior cord give off", "nerve-branches",
      includes=s("axillary nerve", "radial nerve", "thoracodorsal nerve", "upper subscapular nerve",
                 "lower subscapular nerve"),
      excludes=s("musculocutaneous nerve", "ulnar nerve")),  # upper
    P("branches of the radial n.", "nerve-branches",
      includes=s("deep branch of radial nerve", "posterior interosseous nerve"), excludes=s("median nerve")),  # upper
    P("what are the terminal branches of the ulnar nerve", "nerve-branches",
      exactly=s("deep branch of ulnar nerve", "superficial branch of ulnar nerve")),  # upper
    P("branches of the median nerve", "nerve-branches",
      includes=s("anterior interosseous nerve", "recurrent branch of median nerve"), excludes=s("ulnar nerve")),  # upper
    P("which cord does the musculocutaneous nerve arise from", "nerve-branches",
      first="lateral cord of brachial plexus"),  # upper
    P("where does the ulnar nerve come from", "nerve-branches", first="medial cord of brachial plexus"),  # upper
    P("where does the long thoracic nerve arise", "nerve-branches",
      includes=s("anterior ramus of C5", "anterior ramus of C6", "anterior ramus of C7")),  # upper
    P("what forms the upper trunk", "nerve-branches", includes=s("anterior ramus of C5", "anterior ramus of C6"),
      excludes=s("anterior ramus of C7")),  # upper
    P("what forms the lateral cord", "nerve-branches",
      includes=s("anterior division of upper trunk", "anterior division of middle trunk"),
      excludes=s("posterior division of upper trunk")),  # upper
    P("what does the dorsal scapular nerve branch from", "nerve-branches", first="anterior ramus of C5"),  # upper
    P("where does the nerve to subclavius come from", "nerve-branches", first="upper trunk of brachial plexus"),  # upper
    P("where does the PIN come from", "nerve-branches", first="deep branch of radial nerve"),  # upper
    P("terminal branches of the tibial nerve", "nerve-branches",
      exactly=s("medial plantar nerve", "lateral plantar nerve")),  # lower
    P("terminal branches of the common peroneal", "nerve-branches",
      exactly=s("deep fibular nerve", "superficial fibular nerve")),  # lower
    P("terminal branches of the lateral plantar nerve", "nerve-branches",
      exactly=s("deep branch of lateral plantar nerve", "superficial branch of lateral plantar nerve")),  # lower
    P("parent nerve of the superficial peroneal n.", "nerve-branches", first="common fibular nerve"),  # lower
    P("where does the femoral nerve come from", "nerve-branches", first="lumbar plexus"),  # lower
    P("which plexus does the superior gluteal nerve come from", "nerve-branches", first="sacral plexus"),  # lower
    P("branches of the tibial nerve", "nerve-branches",
      includes=s("medial plantar nerve", "lateral plantar nerve"), excludes=s("common fibular nerve")),  # lower
    P("where does the common peroneal nerve come off", "nerve-branches", first="sciatic nerve"),  # lower

    # ============================================================ root-paths
    P("path from the roots to supraspinatus", "root-paths", exactly=s("supraspinatus"),
      cell=("supraspinatus", "path", ("upper trunk", "suprascapular nerve"))),  # upper
    P("how does C7 get to the long head of triceps", "root-paths", includes=s("triceps brachii long head"),
      cell=("triceps brachii long head", "path", ("posterior cord", "radial nerve"))),  # upper
    P("which roots reach biceps brachii and by what path", "root-paths", exactly=s("biceps brachii"),
      cell=("biceps brachii", "path", ("lateral cord", "musculocutaneous nerve"))),  # upper
    P("root path for ADM of the hand", "root-paths", exactly=s("abductor digiti minimi of hand"),
      cell=("abductor digiti minimi of hand", "path", ("lower trunk", "medial cord", "ulnar nerve"))),  # upper
    P("trace the roots to FCU", "root-paths", exactly=s("flexor carpi ulnaris"),
      cell=("flexor carpi ulnaris", "path", ("ulnar nerve",))),  # upper
    P("root pathway to serratus anterior", "root-paths", exactly=s("serratus anterior"),
      cell=("serratus anterior", "path", ("long thoracic nerve",))),  # upper
    P("root path to glute med", "root-paths", exactly=s("gluteus medius"),
      cell=("gluteus medius", "path", ("superior gluteal nerve",))),  # lower
    P("how does L4 reach tibialis anterior", "root-paths", exactly=s("tibialis anterior"),
      cell=("tibialis anterior", "path", ("common fibular nerve", "deep fibular nerve"))),  # lower
    P("roots and path to vastus lateralis", "root-paths", exactly=s("vastus lateralis"),
      cell=("vastus lateralis", "path", ("femoral nerve",))),  # lower
    P("path of S1 to soleus", "root-paths", exactly=s("soleus"),
      cell=("soleus", "path", ("sciatic nerve", "tibial nerve"))),  # lower
    P("which roots reach biceps femoris and through which nerves", "root-paths",
      exactly=s("biceps femoris long head", "biceps femoris short head"),
      cell=("biceps femoris short head", "path", ("common fibular nerve",))),  # lower

    # ============================================================ root-actions
    P("what movements does C5 control", "root-actions",
      includes=s("shoulder abduction", "shoulder lateral rotation", "elbow flexion"),
      excludes=s("finger metacarpophalangeal abduction")),  # upper
    P("actions that rely on C7", "root-actions",
      includes=s("elbow extension", "wrist extension", "finger metacarpophalangeal extension"),
      excludes=s("shoulder abduction")),  # upper
    P("T1 actions", "root-actions", includes=s("finger metacarpophalangeal abduction", "thumb opposition"),
      excludes=s("elbow flexion", "shoulder abduction")),  # upper
    P("what does C8 do", "root-actions",
      includes=s("finger distal interphalangeal flexion", "wrist adduction", "thumb carpometacarpal adduction"),
      excludes=s("shoulder abduction")),  # upper
    P("which movements depend on C6", "root-actions",
      includes=s("elbow flexion", "forearm supination", "wrist extension"),
      excludes=s("finger metacarpophalangeal abduction", "thumb opposition")),  # upper
    P("which joint actions depend on S2", "root-actions",
      includes=s("great toe flexion", "ankle plantarflexion", "knee flexion"),
      excludes=s("knee extension", "ankle dorsiflexion")),  # lower
    P("what movements does L2 serve", "root-actions", includes=s("hip flexion", "hip adduction", "knee extension"),
      excludes=s("ankle dorsiflexion")),  # lower
    P("movements served by L3", "root-actions", includes=s("knee extension", "hip adduction"),
      excludes=s("ankle plantarflexion", "foot eversion")),  # lower
    P("what does S1 supply movement-wise", "root-actions",
      includes=s("ankle plantarflexion", "foot eversion", "hip extension"), excludes=s("knee extension")),  # lower
    P("L4 actions", "root-actions", includes=s("knee extension", "ankle dorsiflexion", "foot inversion"),
      excludes=s("foot eversion", "great toe extension")),  # lower

    # ============================================================ myotome, key muscles, dominant roots
    P("myotome of S1 per Moore", "myotome", exactly=s("S1"),
      cell=("S1", "muscles", ("soleus", "gastrocnemius"))),  # lower
    P("Kendall myotome for S1", "myotome", exactly=s("S1"), cell=("S1", "muscles", ("gluteus maximus",))),  # lower
    P("what does Gray's list under L4", "myotome", exactly=s("L4"),
      cell=("L4", "muscles", ("tensor fasciae latae",))),  # lower
    P("textbook myotome of L4 by source", "myotome", exactly=s("L4")),  # lower
    P("C5 myotome according to Moore", "myotome", exactly=s("C5"),
      cell=("C5", "muscles", ("deltoid", "supraspinatus"))),  # upper
    P("T1 myotome in Moore", "myotome", exactly=s("T1"),
      cell=("T1", "muscles", ("abductor pollicis brevis", "dorsal interossei of hand"))),  # upper
    P("ASIA key muscle for C5", "key-muscles", exactly=s("C5"), cell=("C5", "action", ("elbow flexion",))),  # upper
    P("what is the key muscle for T1", "key-muscles", exactly=s("T1"),
      cell=("T1", "muscles", ("abductor digiti minimi of hand",))),  # upper
    P("what do you test for C6 in ISNCSCI", "key-muscles", exactly=s("C6"),
      cell=("C6", "action", ("wrist extension",))),  # upper
    P("key muscle C8", "key-muscles", exactly=s("C8"),
      cell=("C8", "muscles", ("flexor digitorum profundus lateral part",))),  # upper
    P("ISNCSCI key muscles of the upper limb", "key-muscles", includes=s("C5", "C6", "C7", "C8", "T1")),  # upper
    P("key muscle for L3", "key-muscles", exactly=s("L3"), cell=("L3", "muscles", ("rectus femoris",))),  # lower
    P("ISNCSCI key muscle L2", "key-muscles", exactly=s("L2"), cell=("L2", "action", ("hip flexion",))),  # lower
    P("what's the key muscle for L4", "key-muscles", exactly=s("L4"),
      cell=("L4", "muscles", ("tibialis anterior",))),  # lower
    P("dominant root of deltoid", "dominant-roots", exactly=s(), note="No source"),  # upper
    P("which root mainly supplies biceps brachii", "dominant-roots", exactly=s(), note="No source"),  # upper
    P("predominant nerve root of EHL", "dominant-roots", exactly=s(), note="No source"),  # lower
    P("which root is dominant for gastrocnemius", "dominant-roots", exactly=s(), note="No source"),  # lower

    # ============================================================ two-joint muscles
    P("two-joint muscles crossing the elbow", "two-joint-muscles",
      includes=s("biceps brachii", "triceps brachii long head"),
      excludes=s("brachialis lateral part", "anconeus", "triceps brachii lateral head")),  # upper
    P("biarticular muscles at the shoulder", "two-joint-muscles", includes=s("triceps brachii long head"),
      excludes=s("deltoid", "supraspinatus", "teres major")),  # upper
    P("polyarticular muscles of the wrist", "two-joint-muscles",
      includes=s("flexor digitorum superficialis", "extensor digitorum"),
      excludes=s("flexor carpi radialis", "extensor carpi radialis longus", "flexor carpi ulnaris")),  # upper
    P("list the biarticular muscles", "two-joint-muscles", includes=s("biceps brachii", "gastrocnemius"),
      excludes=s("soleus", "brachialis lateral part", "deltoid")),  # upper
    P("which hip muscles are two joint", "two-joint-muscles",
      includes=HAMSTRINGS | s("rectus femoris", "sartorius", "gracilis"),
      excludes=s("iliacus", "gluteus maximus", "adductor longus")),  # lower
    P("2-joint muscles of the ankle", "two-joint-muscles", includes=s("gastrocnemius"), excludes=s("soleus")),  # lower
    P("two joint muscles of the lower limb", "two-joint-muscles",
      includes=HAMSTRINGS | s("rectus femoris", "gastrocnemius"), excludes=s("soleus", "vastus medialis")),  # lower

    # ============================================================ antagonists
    P("antagonists of FCR and FCU", "antagonists",
      includes=s("extensor carpi radialis longus", "extensor carpi radialis brevis", "extensor carpi ulnaris"),
      excludes=s("flexor carpi radialis", "flexor carpi ulnaris", "palmaris longus")),  # upper
    P("antagonists of biceps", "antagonists", includes=TRICEPS | s("pronator teres"),
      excludes=s("brachialis lateral part", "brachialis medial part")),  # upper
    P("antagonist muscles of the pronators", "antagonists", includes=s("supinator", "biceps brachii"),
      excludes=s("pronator teres", "pronator quadratus")),  # upper
    P("what are the antagonists of supraspinatus", "antagonists",
      includes=s("latissimus dorsi", "teres major", "pectoralis major sternocostal head"),
      excludes=s("deltoid", "supraspinatus")),  # upper
    P("antagonists of infraspinatus and teres minor", "antagonists",
      includes=s("subscapularis", "teres major", "latissimus dorsi"),
      excludes=s("supraspinatus", "infraspinatus", "teres minor")),  # upper
    P("which muscles oppose subscapularis", "antagonists", includes=s("infraspinatus", "teres minor"),
      excludes=s("teres major", "latissimus dorsi")),  # upper
    P("serratus anterior antagonists", "antagonists", includes=s("rhomboid major", "rhomboid minor", "trapezius"),
      excludes=s("pectoralis minor")),  # upper
    P("what are the antagonists of the rhomboids", "antagonists", includes=s("serratus anterior", "pectoralis minor"),
      excludes=s("rhomboid major", "rhomboid minor", "levator scapulae")),  # upper
    P("what opposes the hamstrings", "antagonists", includes=QUADRICEPS | s("iliacus", "psoas major"),
      excludes=HAMSTRINGS),  # lower
    P("what are the hamstrings' antagonists at the knee", "antagonists", includes=QUADRICEPS,
      excludes=HAMSTRINGS | s("gastrocnemius", "iliacus", "psoas major")),  # lower
    P("antagonists of the quads", "antagonists", includes=HAMSTRINGS | s("gastrocnemius"),
      excludes=QUADRICEPS),  # lower
    P("what opposes the peronei", "antagonists", includes=s("tibialis anterior", "tibialis posterior"),
      excludes=FIBULARIS | TRICEPS_SURAE),  # lower
    P("antagonists of the calf muscles", "antagonists", includes=DORSIFLEXORS,
      excludes=TRICEPS_SURAE),  # lower
    P("what are the antagonists of tib post", "antagonists", includes=s("tibialis anterior") | FIBULARIS,
      excludes=s("soleus", "tibialis posterior")),  # lower
    P("antagonists of glute max", "antagonists", includes=s("iliacus", "psoas major"),
      excludes=s("gluteus maximus") | HAMSTRINGS),  # lower
    P("what are the antagonists of iliopsoas", "antagonists", includes=s("gluteus maximus") | HAMSTRINGS,
      excludes=s("iliacus", "psoas major", "rectus femoris")),  # lower
    P("antagonists of adductor longus", "antagonists", includes=GLUTEAL_ABDUCTORS,
      excludes=s("adductor longus", "gracilis", "adductor brevis")),  # lower

    # ============================================================ synergists
    P("synergists of supraspinatus", "synergists", includes=s("deltoid"),
      excludes=s("supraspinatus", "infraspinatus")),  # upper
    P("what works with pronator teres", "synergists", includes=s("pronator quadratus"),
      excludes=s("supinator", "pronator teres")),  # upper
    P("synergists of FCU", "synergists",
      includes=s("flexor carpi radialis", "palmaris longus", "extensor carpi ulnaris"),
      excludes=s("extensor carpi radialis longus", "flexor carpi ulnaris")),  # upper
    P("which muscles work with infraspinatus", "synergists", includes=s("teres minor", "deltoid"),
      excludes=s("subscapularis")),  # upper
    P("synergists of brachialis", "synergists", exactly=s("biceps brachii", "brachioradialis", "pronator teres")),  # upper
    P("synergists of APB", "synergists", includes=s("abductor pollicis longus", "opponens pollicis"),
      excludes=s("adductor pollicis")),  # upper
    P("what are the synergists of rhomboid major", "synergists",
      exactly=s("rhomboid minor", "trapezius", "levator scapulae")),  # upper
    P("lats synergists", "synergists", includes=s("teres major"), excludes=s("supraspinatus", "latissimus dorsi")),  # upper
    P("synergists of the hamstrings", "synergists",
      includes=s("gluteus maximus", "gastrocnemius", "biceps femoris short head"),
      excludes=HAMSTRINGS | QUADRICEPS),  # lower
    P("what works with gastrocnemius and soleus", "synergists",
      includes=s("tibialis posterior", "flexor hallucis longus", "plantaris"),
      excludes=TRICEPS_SURAE | s("tibialis anterior")),  # lower
    P("synergists of iliopsoas", "synergists", includes=s("rectus femoris", "sartorius", "tensor fasciae latae"),
      excludes=s("iliacus", "psoas major", "gluteus maximus")),  # lower
    P("synergists of EHL", "synergists", includes=s("extensor hallucis brevis", "tibialis anterior"),
      excludes=s("extensor hallucis longus", "flexor hallucis longus")),  # lower
    P("synergists of the peronei", "synergists", includes=s("fibularis tertius", "soleus"),
      excludes=FIBULARIS | s("tibialis anterior")),  # lower
    P("synergists of TFL", "synergists", includes=s("gluteus medius", "gluteus minimus", "iliacus"),
      excludes=s("tensor fasciae latae")),  # lower

    # ============================================================ joint-movements
    P("movements at the hip", "joint-movements", exactly=HIP_ACTIONS),  # lower
    P("what movements occur at the subtalar joint", "joint-movements",
      exactly=s("foot eversion", "foot inversion")),  # lower
    P("talocrural joint movements", "joint-movements", exactly=s("ankle dorsiflexion", "ankle plantarflexion")),  # lower
    P("1st MTP joint movements", "joint-movements",
      exactly=s("great toe flexion", "great toe extension", "great toe abduction", "great toe adduction")),  # lower
    P("what movements can the knee do", "joint-movements",
      includes=s("knee flexion", "knee extension", "knee medial rotation", "knee lateral rotation")),  # lower
    P("what movements happen at the glenohumeral joint", "joint-movements", exactly=SHOULDER_ACTIONS),  # upper
    P("elbow joint movements", "joint-movements", exactly=s("elbow flexion", "elbow extension")),  # upper
    P("movements of the wrist", "joint-movements", exactly=WRIST_ACTIONS),  # upper
    P("superior radioulnar joint movements", "joint-movements",
      exactly=s("forearm pronation", "forearm supination")),  # upper
    P("scapulothoracic movements", "joint-movements", exactly=SCAPULAR_ACTIONS),  # upper
    P("movements of the MCP joints of the fingers", "joint-movements",
      exactly=s("finger metacarpophalangeal flexion", "finger metacarpophalangeal extension",
                "finger metacarpophalangeal abduction", "finger metacarpophalangeal adduction")),  # upper
    P("thumb CMC joint movements", "joint-movements",
      includes=s("thumb opposition", "thumb carpometacarpal abduction", "thumb carpometacarpal adduction")),  # upper

    # ============================================================ site
    P("what attaches to the olecranon", "site", includes=ELBOW_EXTENSORS | s("flexor carpi ulnaris"),
      note="ulna"),  # upper
    P("coracoid process", "site", exactly=s("biceps brachii", "coracobrachialis", "pectoralis minor"),
      note="scapula"),  # upper
    P("medial epicondyle", "site", exactly=COMMON_FLEXOR_ORIGIN, note="humerus"),  # upper
    P("what attaches to the lateral epicondyle of the humerus", "site", exactly=COMMON_EXTENSOR_ORIGIN,
      note="humerus"),  # upper
    P("which bone is the radial tuberosity on", "site", exactly=s("biceps brachii"), note="radius"),  # upper
    P("hook of hamate", "site",
      exactly=s("flexor carpi ulnaris", "flexor digiti minimi brevis of hand", "opponens digiti minimi"),
      note="hamate"),  # upper
    P("what attaches to the medial border of the scapula", "site",
      exactly=s("levator scapulae", "rhomboid major", "rhomboid minor", "serratus anterior"), note="scapula"),  # upper
    P("intertubercular groove", "site",
      includes=s("latissimus dorsi", "teres major", "pectoralis major sternocostal head"), note="humerus"),  # upper
    P("deltoid tuberosity", "site", exactly=s("deltoid"), note="humerus"),  # upper
    P("what attaches to the spine of the scapula", "site", exactly=s("deltoid", "trapezius"), note="scapula"),  # upper
    P("supraglenoid tubercle", "site", exactly=s("biceps brachii"), note="scapula"),  # upper
    P("ASIS", "site", exactly=s("sartorius", "tensor fasciae latae"), note="hip bone"),  # lower
    P("AIIS", "site", exactly=s("rectus femoris"), note="hip bone"),  # lower
    P("head of fibula", "site",
      exactly=s("biceps femoris long head", "biceps femoris short head", "fibularis longus", "soleus"),
      note="fibula"),  # lower
    P("what attaches to the navicular tuberosity", "site", exactly=s("tibialis posterior"), note="navicular"),  # lower
    P("tibial tuberosity", "site", exactly=QUADRICEPS, note="tibia"),  # lower
    P("what's attached to the calcaneal tuberosity", "site",
      includes=TRICEPS_SURAE | s("plantaris", "abductor hallucis"), note="calcaneus"),  # lower
    P("gluteal tuberosity", "site", exactly=s("gluteus maximus", "adductor magnus adductor part"),
      note="femur"),  # lower
    P("what attaches to the adductor tubercle", "site", exactly=s("adductor magnus hamstring part"),
      note="femur"),  # lower
    P("which bone is the soleal line on", "site", exactly=s("soleus"), note="tibia"),  # lower

    # ============================================================ lesion-effects
    P("what is weak in an axillary nerve palsy", "lesion-effects",
      includes=s("shoulder abduction", "shoulder lateral rotation"), excludes=s("elbow flexion")),  # upper
    P("musculocutaneous nerve injury - what's weak", "lesion-effects",
      includes=s("elbow flexion", "forearm supination"), excludes=s("forearm pronation", "shoulder abduction")),  # upper
    P("long thoracic nerve injury", "lesion-effects",
      includes=s("scapular protraction", "scapular upward rotation"), excludes=s("elbow flexion")),  # upper
    P("what's weak in carpal tunnel syndrome", "lesion-effects", includes=s("thumb opposition"),
      excludes=s("forearm pronation", "wrist flexion")),  # upper
    P("AIN palsy", "lesion-effects",
      includes=s("thumb interphalangeal flexion", "finger distal interphalangeal flexion"),
      excludes=s("thumb opposition", "wrist flexion")),  # upper
    P("PIN palsy - which movements are weak", "lesion-effects",
      includes=s("finger metacarpophalangeal extension", "thumb interphalangeal extension"),
      excludes=s("elbow extension", "elbow flexion")),  # upper
    P("what is weak in a lower trunk lesion", "lesion-effects",
      includes=s("finger metacarpophalangeal abduction", "thumb opposition"),
      excludes=s("shoulder abduction", "elbow flexion")),  # upper
    P("suprascapular nerve injury", "lesion-effects", includes=s("shoulder abduction", "shoulder lateral rotation"),
      excludes=s("elbow flexion", "shoulder medial rotation")),  # upper
    P("what would one expect to be weak after an ulnar nerve lesion", "lesion-effects",
      includes=s("finger metacarpophalangeal abduction", "thumb carpometacarpal adduction", "wrist adduction"),
      excludes=s("thumb opposition", "forearm pronation")),  # upper
    P("what is weak in a C5 radiculopathy", "lesion-effects",
      includes=s("shoulder abduction", "shoulder lateral rotation"),
      excludes=s("finger metacarpophalangeal abduction")),  # upper
    P("C8 root lesion: what's weak", "lesion-effects",
      includes=s("finger distal interphalangeal flexion", "finger metacarpophalangeal abduction"),
      excludes=s("shoulder abduction", "elbow flexion")),  # upper
    P("C7 radiculopathy weakness", "lesion-effects",
      includes=s("elbow extension", "wrist extension", "finger metacarpophalangeal extension"),
      excludes=s("shoulder abduction")),  # upper
    P("thoracodorsal nerve injury", "lesion-effects",
      includes=s("shoulder adduction", "shoulder extension", "shoulder medial rotation")),  # upper
    P("what is weak in an S1 radiculopathy", "lesion-effects", includes=s("ankle plantarflexion", "foot eversion"),
      excludes=s("knee extension", "foot inversion")),  # lower
    P("L4 radiculopathy - what is weak", "lesion-effects",
      includes=s("knee extension", "ankle dorsiflexion", "foot inversion"),
      excludes=s("foot eversion", "great toe extension")),  # lower
    P("what is weak after an L3 root lesion", "lesion-effects",
      includes=s("knee extension", "hip flexion", "hip adduction"), excludes=s("ankle dorsiflexion")),  # lower
    P("tibial nerve injury", "lesion-effects",
      includes=s("ankle plantarflexion", "great toe flexion", "lateral toe flexion"),
      excludes=s("ankle dorsiflexion", "foot eversion")),  # lower
    P("what's weak in a sciatic nerve lesion", "lesion-effects",
      includes=s("knee flexion", "ankle dorsiflexion", "ankle plantarflexion"),
      excludes=s("knee extension", "hip abduction")),  # lower
    P("obturator nerve palsy", "lesion-effects", includes=s("hip adduction"), excludes=s("knee extension")),  # lower
    P("what is weak in an inferior gluteal nerve injury", "lesion-effects", includes=s("hip extension"),
      excludes=s("hip abduction")),  # lower
    P("deep peroneal nerve lesion", "lesion-effects", includes=s("ankle dorsiflexion", "great toe extension"),
      excludes=s("foot eversion")),  # lower
    P("superficial peroneal nerve palsy", "lesion-effects", includes=s("foot eversion"),
      excludes=s("ankle dorsiflexion")),  # lower
    P("medial plantar nerve injury", "lesion-effects", includes=s("great toe abduction", "great toe flexion"),
      excludes=s("great toe adduction")),  # lower
    P("lateral plantar nerve lesion", "lesion-effects", includes=s("great toe adduction", "lateral toe abduction"),
      excludes=s("great toe abduction")),  # lower

    # ============================================================ lesion-localisation
    P("pt has foot drop and weak eversion, hip abduction and knee flexion normal", "lesion-localisation",
      includes=s("common fibular nerve"), excludes=s("tibial nerve", "femoral nerve")),  # lower
    P("can't plantarflex, weak toe flexion and inversion, dorsiflexion fine", "lesion-localisation",
      first="tibial nerve"),  # lower
    P("weak hip abduction with normal ankle dorsiflexion", "lesion-localisation", first="superior gluteal nerve"),  # lower
    P("weak knee extension and weak ankle dorsiflexion", "lesion-localisation", first="L4 root"),  # lower
    P("foot drop, eversion normal", "lesion-localisation", first="deep fibular nerve"),  # lower
    P("weak ankle plantarflexion and foot eversion, dorsiflexion and inversion normal", "lesion-localisation",
      includes=s("S1 root"), excludes=s("femoral nerve", "L2 root")),  # lower
    P("weak hip flexion, knee extension and hip adduction", "lesion-localisation",
      includes=s("L2 root", "L3 root"), excludes=s("L5 root", "S1 root")),  # lower
    P("wrist drop and weak finger extension, elbow extension normal", "lesion-localisation",
      includes=s("radial nerve at the radial groove"), excludes=s("median nerve", "ulnar nerve")),  # upper
    P("weak shoulder abduction, lateral rotation and elbow flexion", "lesion-localisation",
      includes=s("C5 root", "upper trunk of brachial plexus"), excludes=s("lower trunk of brachial plexus")),  # upper
    P("weak thumb opposition, wrist flexion and pronation", "lesion-localisation", first="median nerve"),  # upper
    P("weak thumb IP flexion and finger DIP flexion, thumb opposition and wrist flexion normal",
      "lesion-localisation", first="anterior interosseous nerve"),  # upper
    P("weak finger abduction and adduction and thumb adduction, opposition normal", "lesion-localisation",
      includes=s("ulnar nerve at the wrist", "deep branch of ulnar nerve"), excludes=s("median nerve")),  # upper
    P("weak scapular protraction and upward rotation, shoulder abduction normal", "lesion-localisation",
      includes=s("long thoracic nerve")),  # upper
    P("weak finger extension and thumb IP extension, radial deviation and elbow flexion normal",
      "lesion-localisation", includes=s("posterior interosseous nerve")),  # upper
    P("weak finger abduction, finger DIP flexion and thumb opposition; elbow flexion and wrist extension normal",
      "lesion-localisation", includes=s("T1 root"), excludes=s("C5 root", "radial nerve")),  # upper
    P("HP:0031189 is weak", "lesion-localisation", includes=s("radial nerve")),  # upper

    # ============================================================ crosswalk
    P("what muscle is vas_lat_r", "crosswalk", exactly=s("vastus lateralis")),  # lower
    P("tib_ant_r in anatomy-kg", "crosswalk", exactly=s("tibialis anterior")),  # lower
    P("what does glut_med2_r map to", "crosswalk", exactly=s("gluteus medius")),  # lower
    P("what is gem_r", "crosswalk", exactly=s("superior gemellus", "inferior gemellus")),  # lower
    P("bflh_r maps to", "crosswalk", exactly=s("biceps femoris long head")),  # lower
    P("what does add_mag2_r correspond to", "crosswalk", exactly=s("adductor magnus")),  # lower
    P("gaslat_r", "crosswalk", exactly=s("gastrocnemius")),  # lower
    P("what does HP:0011727 map to", "crosswalk", exactly=s("lateral compartment of leg")),  # lower
    P("what does calves map to in free-exercise-db", "crosswalk", exactly=s("triceps surae")),  # lower
    P("which nerve supplies vas_med_r", "muscle-facts", exactly=s("femoral nerve")),  # lower
    P("roots of tib_ant_r", "muscle-facts", includes=s("L4", "L5")),  # lower
    P("what is HP:0031189", "crosswalk", exactly=s("wrist extension")),  # upper
    P("what does HP:0009005 correspond to", "crosswalk", exactly=s("intrinsic muscles of hand")),  # upper
    P("HP:0031108 maps to what", "crosswalk", exactly=s("triceps brachii")),  # upper
    P("what is wger muscle 13", "crosswalk", exactly=s("brachialis")),  # upper
    P("what is shoulders in free-exercise-db", "crosswalk", exactly=s("deltoid")),  # upper
    P("what does forearms map to", "crosswalk",
      exactly=s("anterior compartment of forearm", "posterior compartment of forearm")),  # upper

    # ============================================================ check: yes/no
    P("is glute med supplied by L5?", "check", verdict=True, includes=s("L5")),  # lower
    P("does femoral n. innervate iliacus", "check", verdict=True),  # lower
    P("is tibialis anterior supplied by the deep peroneal nerve", "check", verdict=True),  # lower
    P("is the short head of biceps femoris innervated by the tibial nerve", "check", verdict=False),  # lower
    P("does S1 supply soleus", "check", verdict=True, includes=s("S1")),  # lower
    P("is L3 a root of tibialis anterior", "check", verdict=False),  # lower
    P("does gastrocnemius flex the knee", "check", verdict=True),  # lower
    P("does soleus flex the knee", "check", verdict=False),  # lower
    P("is sartorius a hip flexor", "check", verdict=True),  # lower
    P("does tib post evert the foot", "check", verdict=False),  # lower
    P("does piriformis insert on the greater trochanter", "check", verdict=True),  # lower
    P("does the superior gluteal nerve supply gluteus maximus", "check", verdict=False),  # lower
    P("is gastrocnemius a two-joint muscle", "check", verdict=True),  # lower
    P("does the common peroneal nerve come off the sciatic nerve", "check", verdict=True),  # lower
    P("is deltoid innervated by the axillary n.", "check", verdict=True),  # upper
    P("does the radial nerve supply brachioradialis", "check", verdict=True),  # upper
    P("does the ulnar nerve innervate the 3rd lumbrical", "check", verdict=True),  # upper
    P("is FCR innervated by the ulnar nerve", "check", verdict=False),  # upper
    P("is C8 a root of the deltoid", "check", verdict=False),  # upper
    P("does biceps supinate the forearm", "check", verdict=True),  # upper
    P("is teres major part of the rotator cuff", "check", verdict=False),  # upper
    P("is subscapularis one of the rotator cuff muscles", "check", verdict=True),  # upper
    P("does pronator quadratus flex the elbow", "check", verdict=False),  # upper
    P("is the axillary nerve a branch of the posterior cord", "check", verdict=True),  # upper
    P("does the lateral cord give rise to the ulnar nerve", "check", verdict=False),  # upper
    P("is C7 a root of the long thoracic nerve", "check", verdict=True, includes=s("C7")),  # upper

    # ============================================================ refusals: typos, body parts not covered, ambiguity
    P("where does gluteus medus insert", "", refused="medus"),  # lower
    P("origin of semitendonosus", "", refused="semitendonosus"),  # lower
    P("insertion of gastrocnemious", "", refused="gastrocnemious"),  # lower
    P("what does the tibialis anterir do", "", refused="anterir"),  # lower
    P("where does sartorious insert", "", refused="sartorious"),  # lower
    P("roots of the femorel nerve", "", refused="femorel"),  # lower
    P("what does the peroneus longis do", "", refused="longis"),  # lower
    P("nerve supply of supraspinatous", "", refused="supraspinatous"),  # upper
    P("what does the infraspinatous do", "", refused="infraspinatous"),  # upper
    P("which muscles does the musculocutanous nerve supply", "", refused="musculocutanous"),  # upper
    P("what does brachioradialus do", "", refused="brachioradialus"),  # upper
    P("what does the ulner nerve supply", "", refused="ulner"),  # upper
    P("action of trapezious", "", refused="trapezious"),  # upper
    P("which muscles close the jaw", "muscles", exactly=s("masseter", "temporalis", "medial pterygoid")),  # head (refused until the head began)
    P("what nerve supplies the tongue", "", refused="tongue"),  # upper
    P("roots of the diaphragm", "muscle-facts", exactly=s("C3", "C4", "C5")),  # upper (refused until the trunk began)
    P("which muscles move the eye", "", refused="eye"),  # upper
    P("which muscles flex the neck", "", refused="neck"),  # upper
    P("what does the masseter do", "muscle-facts", includes=s("mandibular elevation")),  # head (refused until the head began)
    P("which muscles elevate the eyelid", "", refused="eyelid"),  # upper
    P("where does abductor digiti minimi insert", "muscle-facts",
      includes=s("proximal phalanx of fifth toe", "base of proximal phalanx of little finger")),  # lower
    P("which nerve supplies flexor digiti minimi brevis", "muscle-facts",
      includes=s("superficial branch of lateral plantar nerve", "deep branch of ulnar nerve")),  # upper
    P("what does vastus lateralus do", "", refused="lateralus"),  # lower
    P("nerve supply of semimembranosis", "", refused="semimembranosis"),  # lower
    P("insertion of illiacus", "", refused="illiacus"),  # lower
    P("roots of the obturater nerve", "", refused="obturater"),  # lower
    P("what does the tibail nerve supply", "", refused="tibail"),  # lower
    P("where does pectinius insert", "", refused="pectinius"),  # lower
    P("actions of gracillis", "", refused="gracillis"),  # lower
    P("origin of soleous", "", refused="soleous"),  # lower
    P("what does the popliteous do", "", refused="popliteous"),  # lower
    P("roots of gluteus maximis", "", refused="maximis"),  # lower
    P("what does piriformus do", "", refused="piriformus"),  # lower
    P("what does the deltiod do", "", refused="deltiod"),  # upper
    P("nerve supply of subscapularus", "", refused="subscapularus"),  # upper
    P("origin of coracobrachialus", "", refused="coracobrachialus"),  # upper
    P("what does the axilary nerve supply", "", refused="axilary"),  # upper
    P("roots of the medain nerve", "", refused="medain"),  # upper
    P("what does supinater do", "", refused="supinater"),  # upper
    P("insertion of pronater quadratus", "", refused="pronater"),  # upper
    P("what does serratus anterier do", "", refused="anterier"),  # upper
    P("nerve supply of the rhomboyds", "", refused="rhomboyds"),  # upper
    P("origin of lattisimus dorsi", "", refused="lattisimus"),  # upper
    P("what does the radail nerve supply", "", refused="radail"),  # upper
    P("what does opponens policis do", "", refused="policis"),  # upper
    P("what nerve supplies the larynx", "", refused="larynx"),  # upper
    P("what does the pharynx do", "", refused="pharynx"),  # upper
    P("which nerve supplies the muscles of the face", "", refused="face"),  # upper
    P("which muscles wrinkle the forehead", "", refused="forehead"),  # upper
    P("which nerve supplies the heart", "", refused="heart"),  # upper
    P("muscles of the abdomen", "", refused="abdomen"),  # lower
    P("what nerve supplies the stomach", "", refused="stomach"),  # lower
    P("which muscles are in the perineum", "", refused="perineum"),  # lower
    P("what nerve supplies the bladder", "", refused="bladder"),  # lower
    P("which nerve supplies the anus", "", refused="anus"),  # lower
]
