# Load shedding: the page a request gets when the server is at its limit (503).
busy-title = Tandem is busy right now
busy-text = Please try again in a moment. Nothing has been lost.
