# Load shedding (503).
busy-title = Tandem зараз перевантажений
busy-text = Будь ласка, спробуйте ще раз за мить. Нічого не втрачено.
