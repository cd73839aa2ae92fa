# The public directory, the map, organisation profiles and the contact form.
directory-search-label = Search programmes
directory-postal-code = Your postal code
directory-radius = Distance
directory-radius-option = within { $km } km
directory-text = Search words
directory-more-filters = More filters
directory-any = Any
directory-language = Language
directory-seeking = Looking for
directory-seeking-mentors = Looking for mentors (volunteers)
directory-seeking-mentees = Looking for mentees
directory-seeks-both = Looking for mentors and mentees
directory-seeks-mentors = Looking for mentors
directory-seeks-mentees = Looking for mentees
directory-district = District
directory-reset = Show all
directory-search = Search
directory-none = No programme matches this search. Try a larger distance or fewer filters.
directory-distance = { $km } km away
directory-found = { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}
directory-found-near = { $count ->
    [one] { $count } programme within { $km } km of { $place }
   *[other] { $count } programmes within { $km } km of { $place }
}
programme-target-group = For whom
programme-how-to-join = How to take part
programme-contact = Contact
programmes-count = { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}
map-title = Programmes on the map
map-intro = Choose a district to see its programmes, or a point to see the programmes around it.
map-caption = Lower Saxony with its districts; points are programmes.
map-districts = Districts with programmes
map-online = { $count ->
    [one] { $count } programme works online
   *[other] { $count } programmes work online
}
map-link = Map
organisation-logo = Logo
organisation-website = Website
organisation-partners = We are looking for partners
organisation-programmes = Programmes
organisation-no-programmes = No programme is published at the moment.
contact-title = Contact
contact-hint = Your message goes to the organisation by e-mail; they answer you directly. Your details are used only for this.
contact-name = Your name
contact-email = Your e-mail address
contact-message = Your message
contact-send = Send message
contact-sent = Thank you, your message has been sent.
contact-no-address = This organisation cannot be contacted through Tandem yet.
mail-contact-subject = Message via Tandem from { $name }
mail-contact-body = { $name } has written to { $organisation } through the Tandem directory. Reply to this e-mail to answer them directly.

    { $message }
profile-title = Our profile on the fair
profile-view = View profile
profile-website = Website (https://…)
profile-partner-note = We are looking for partners for …
profile-partner-note-hint = Shown on your profile so that other programmes can find you.
profile-contact-email = Address for the contact form
profile-contact-email-hint = Never shown: visitors write through a form, and replies go to them directly.
profile-logo = Logo
profile-logo-remove = Remove the logo
profile-logo-hint = PNG or JPEG, at most { $kb } KB. It is scaled down and stored anew.
listing-title = { $name } in the directory
listing-intro = What the public directory shows about this programme, beyond its description.
listing-contact-hint = Office hours, a phone number or a web address – no personal e-mail addresses.
saved = Saved.
nav-map = Map
nav-profile = Profile
error-field-postal-code-unknown = We don't know this postal code. Please check it (five digits, e.g. 30159).
error-field-range-1-300 = Please choose a distance between 1 and 300 km.
error-field-web-address = Please enter a web address starting with https://.
error-field-message-length = Please write between 10 and 5,000 characters.
error-field-logo-not-image = This file is not a PNG or JPEG image.
error-field-logo-too-large = The file is too large: at most { $kb } KB.
listing-link = Directory entry
