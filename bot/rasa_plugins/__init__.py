"""Code that runs inside the Rasa server: the hub's input channel and custom NLU components."""
