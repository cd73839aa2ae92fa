# Mentors' diaries: entries after meetings, the coordinator's comments.
diary-title = Diary with { $value }
diary-hello = Hello { $value }, write down after each meeting what you did and how it went.
diary-private = Only you and the programme's coordinators read this diary.
diary-saved = Saved. Thank you!
diary-new = New entry
diary-field-date = Date of the meeting
diary-field-minutes = Duration in minutes
diary-field-activities = What we did
diary-field-how = How it went
diary-save = Save entry
diary-entries = Entries
diary-none = No entries yet.
diary-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
diary-comment-by = Comment from { $value }
diary-written-by = Written by { $value }
diary-back-to-meetings = Back to the meeting log
diary-coordinator-title = Diary
diary-back-to-tandem = Back to the tandem
diary-comment = Your comment to the mentor
diary-comment-save = Save comment
