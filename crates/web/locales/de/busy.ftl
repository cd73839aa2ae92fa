# Load shedding: the page a request gets when the server is at its limit (503).
busy-title = Tandem ist gerade ausgelastet
busy-text = Bitte versuchen Sie es in einem Moment noch einmal. Es ist nichts verloren gegangen.
