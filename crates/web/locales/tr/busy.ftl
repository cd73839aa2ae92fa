# Load shedding (503).
busy-title = Tandem şu anda çok yoğun
busy-text = Lütfen birazdan tekrar deneyin. Hiçbir şey kaybolmadı.
