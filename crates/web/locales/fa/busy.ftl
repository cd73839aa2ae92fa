# Load shedding (503).
busy-title = Tandem در حال حاضر مشغول است
busy-text = لطفاً چند لحظه دیگر دوباره امتحان کنید. چیزی از دست نرفته است.
