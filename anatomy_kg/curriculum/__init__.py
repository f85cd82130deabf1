"""Teaching material made from the triples: networkx graph views and their exports, an offline explorer,
study sets, a teaching order, flashcards and quizzes. A correction in data/ flows into all of them."""
