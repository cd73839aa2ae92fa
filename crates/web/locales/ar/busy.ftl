# Load shedding (503).
busy-title = Tandem مشغول حاليًا
busy-text = يرجى المحاولة مرة أخرى بعد لحظة. لم يُفقد أي شيء.
