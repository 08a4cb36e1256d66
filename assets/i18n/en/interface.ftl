# The atlas's interface in English. Every language has a file like this one, with the same
# message ids (`ssc-atlas validate` names any a language lacks). Fluent syntax:
# https://projectfluent.org/fluent/guide/

language-name = English
# Between a number's whole part and its fraction ("0.5").
number-decimal-separator = .

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# "15 June 1964"
date-day = { $day } { $month } { $year }
# "June 1964"
date-month = { $month } { $year }

## Top bar (desk)
app-title = Atlas of South-South Cooperation
top-counts = { $events } events · { $organizations } organizations
top-reset-view = Reset view
top-reset-view-hint = Or double-click the map
top-panel = Panel
top-panel-hint = Show or hide the side panel
top-plots = Plots
top-plots-hint = Show or hide the plots
top-dark = Dark
top-dark-hint = Dark theme for projectors and dim rooms
top-language = Language
top-language-hint = The language of the atlas
top-edit-not-shown = { $errors ->
    [one] Edit not shown: { $errors } error
   *[other] Edit not shown: { $errors } errors
}
top-data-problems = { $count ->
    [one] { $count } data problem
   *[other] { $count } data problems
}
top-data-problems-hint = What `ssc-atlas validate` finds in the data folder; click for the list

## Year slider
slider-play = Play
slider-pause = Pause
slider-play-hint = Space
slider-speed = Speed
slider-speed-hint = Playback speed in years per second
# { $speed } is 0.5, 1, 2 …
slider-speed-option = { $speed } yr/s
slider-year = Year
slider-track-hint = Drag or click to choose the year. With the keyboard: Left and Right step a year, Page Up and Page Down jump to the years with events.

## Kiosk
kiosk-invitation = Touch to explore
kiosk-still-exploring = Still exploring?
kiosk-starts-over = The atlas starts over in { $seconds } s
kiosk-keep-exploring = Keep exploring
kiosk-pin-title = Staff PIN
kiosk-pin-type = Type the PIN
kiosk-pin-wrong = Wrong PIN
kiosk-pin-digits = { $count ->
    [one] { $count } digit typed
   *[other] { $count } digits typed
}
kiosk-pin-cancel = Cancel
kiosk-attract-hint = Touch anywhere to explore

## Side panel
panel-organizations = Organizations
# { $date } is a long date: "31 December 1964"
panel-members-on = Members on { $date }
panel-find = Find
panel-find-hint = name or abbreviation
panel-no-match = No organization is called "{ $query }".
# "Regional · 12 in 1964"
panel-group-heading = { $heading } · { $count } in { $year }
panel-group-others = { $count } more, not in { $year }
panel-founded = founded { $date }
panel-founded-in = founded { $date }, { $city }
panel-in-force = in force from { $date }
panel-ended = ended { $date }
panel-ended-continued = ended { $date }; continued by { $successor }
panel-counts-only = Only sourced member counts are known, not the member list, so the map cannot fill its members.
panel-count-source = Count: { $source }
panel-field = Field of cooperation
kind-regional = Regional
kind-political = Political
kind-commodity = Commodity producers
kind-economic = Economic
kind-financial = Financial
kind-other = Other
count-from = from { $year }
count-ended = ended { $year }
count-latest-known = in { $year }, latest known
count-not-known = count not known
count-detail-latest = No count is known for { $year }; the latest sourced count is { $count } members in { $known }.
count-detail-first = No count is known for { $year }; the first sourced count is { $count } members in { $known }.
count-detail-none = No sourced member count.

## Fields of cooperation
field-all = all fields
field-trade = trade
field-finance = finance
field-industry = industry
field-agriculture = agriculture
field-technology = technology
field-shipping = shipping
field-energy = energy
field-food = food
field-political = political
field-security = security
field-culture = culture

## Cards
card-hint = Select a host city or a country on the map to read its story and sources.
card-no-event = No event "{ $id }"
card-close = Close
card-kind-numbered = { $kind } · no. { $number } in its series
card-participants = { $count ->
    [one] { $count } participating state
   *[other] { $count } participating states
}
card-show-on-map = Show { $name } on the map
card-fields = Fields: { $fields }
card-sources-differ = Sources differ
card-also-in = Also in { $city }
card-today = today: { $name }
card-independent = independent
card-administered-by = territory administered by { $power }
card-dependent = dependent territory
card-part-of = part of { $state }
# "In 1960: independent"
card-status-in = In { $year }: { $status }
card-memberships = Memberships
card-no-memberships = No memberships in the atlas's organizations.
card-hosted = Hosted
card-member-since = since { $joined }
card-member-by = member by { $joined } (joining date not known)
card-member-by-until = member by { $joined } (joining date not known)–{ $left }
card-member-as = as { $name }
card-associate = associate
card-observer = observer
card-suspended = suspended { $from }–{ $until }
figures-heading = The picture by the end of 1984
figures-atlas-holds = this atlas holds { $count } existing at the end of { $year }
figures-source = Source

## Event kinds
event-kind-conference = conference
event-kind-summit = summit
event-kind-ministerial = ministerial
event-kind-founding = founding
event-kind-declaration = declaration
event-kind-agreement = agreement
event-kind-institution = institution

## Map
tooltip-here = here: { $name } (today { $today })
tooltip-member-since = { $name } since { $year }
tooltip-click-details = Click for details
tooltip-click-card = Click to open the card
# "territory administered by France, until 3 July 1962"
tooltip-until = { $status }, until { $date }
note-new-states = New states in { $year }: { $names }
note-counts-only = { $count ->
    [one] { $names }: the atlas holds member counts only, no member list to draw
   *[other] { $names }: the atlas holds member counts only, no member lists to draw
}

## Plots
plot-decolonization = New states and the South's groupings
plot-decolonization-hint = Black line: how many of the atlas's decolonized or renamed countries were independent. Coloured lines: members of the G77 and the Non-Aligned Movement counted from the atlas's member lists; points: the counts sources published.
plot-independent = independent (atlas histories)
plot-members-of = { $name } members
plot-published-count = published count
plot-published-count-of = { $name } (published count)
plot-axis-states = states
# The second line of a hover text: "60 in 1970"
plot-hover-count-in = { $count } in { $year }
plot-members = Members over time
plot-members-hint = Member counts on a log scale, so that small regional bodies stay readable beside the UN and UNCTAD. Strong lines: the selected organizations. Faint lines: all the others; hover one to name it, click it to select it.
plot-sourced-count = sourced count
plot-sourced-count-of = { $name } (sourced count)
plot-others = others (hover to name)
plot-others-regional = other regional bodies (hover to name)
plot-others-political = other political bodies (hover to name)
plot-others-commodity = other producers' bodies (hover to name)
plot-others-economic = other economic bodies (hover to name)
plot-others-financial = other financial bodies (hover to name)
plot-axis-members = members (log scale)
plot-hover-sourced = { $count } members in { $year } (sourced count)
plot-hover-members = { $count } members in { $year }
plot-members-empty = Tick organizations in the list to compare their members
plot-events = Events per year
plot-events-field = Events per year ({ $field })
plot-axis-events = events
plot-hover-events = { $kind }: { $count }
card-sources = Sources
map-name = World map

## Share and Export (desk)
share = Share
share-hint = Copy or save the table behind the view, or send this view
share-table = The table behind the view
# { $years } is "1975" or "1945–1975"
share-events-of = Events of { $years }
share-events-of-field = Events of { $years } ({ $field })
share-members-none = Members: select an organization first
share-members-of = Members of { $names } on { $date }
share-series = Plot series (members per year, new states, events per year)
share-copy-members = Copy members
share-copy-events = Copy events
share-copy-series = Copy plot series
share-copy-hint = As tab-separated text: paste into a spreadsheet
share-save-members = Save members as CSV
share-save-events = Save events as CSV
share-save-series = Save plot series as CSV
share-save-hint = A CSV file (UTF-8) in { $folder }
share-view = This view
share-view-parts = Year, organizations, field, camera, open card, theme and panels
share-copy-command = Copy command line
share-copy-command-hint = ssc-atlas --year … --select … --view …: paste into a terminal or an e-mail
share-copy-view = Copy view file
share-copy-view-hint = The view as JSON: save it as VIEW.json and open it with --open VIEW.json
share-save-view = Save view file
share-save-view-hint = A view file in the export folder; a list of them makes a story (story-from-views)
share-files-go-to = Files go to { $folder }
share-dismiss = Dismiss
export = Export
export-picture = Save picture
export-picture-hint = The view as PNG at the window's size, with a caption strip
export-picture-at = Save picture at { $width }×{ $height }
export-picture-at-hint = Drawn again at that size, not scaled up
export-plot-members = Save members plot
export-plot-independence = Save independent states plot
export-plot-events = Save events plot
export-story-gif = Export story as GIF
export-cancel = Cancel
export-ok = OK
export-ok-hint = Hide this message

## Pictures: caption strip and poster
caption-none = no organization selected
caption-sources = Sources: { $list }
caption-more = +{ $count } more
caption-map = Map: { $source }
legend-founded = founded { $year }
legend-ended = ended { $year }
poster-title-world = The world in { $year }
poster-title-one = The { $name } in { $year }
poster-title-many = The { $names } and { $last } in { $year }
poster-subtitle-world = Independent states and territories on { $date }
poster-subtitle-members = Members on { $date }: { $names }
poster-both = members of both ({ $first } and { $second })
poster-other-states = other independent states
poster-territories = territories not yet independent

## Keyboard shortcuts window
keys-title = Keyboard shortcuts
keys-desk = At the desk
keys-map = On the map
keys-presentation = Presenting a story
keys-desk-1-key = Tab, Shift+Tab
keys-desk-1 = Move between the controls and the map
keys-desk-2-key = Left, Right
keys-desk-2 = Previous or next year
keys-desk-3-key = Page Up, Page Down
keys-desk-3 = Previous or next year with events
keys-desk-4-key = Space
keys-desk-4 = Play or pause (or press the focused button)
keys-desk-5-key = Esc
keys-desk-5 = Close the card (or leave the focused control, or this window)
keys-desk-6-key = Ctrl+S
keys-desk-6 = Save a picture of the view
keys-desk-7-key = F12
keys-desk-7 = Show or hide frame times
keys-desk-8-key = {"?"}
keys-desk-8 = Show or hide these shortcuts
keys-map-1-key = Left, Right
keys-map-1 = Previous or next event of the year
keys-map-2-key = Up, Down
keys-map-2 = Previous or next country (in alphabetical order)
keys-map-3-key = A letter
keys-map-3 = Next country whose name starts with it
keys-map-4-key = Enter, Space
keys-map-4 = Open the card of the event or country
keys-map-5-key = Esc
keys-map-5 = Close the card; again to leave the map
keys-map-6-key = Page Up, Page Down
keys-map-6 = Previous or next year with events
keys-present-1-key = Right, Down, Page Down, Space, Enter
keys-present-1 = Next step
keys-present-2-key = Left, Up, Page Up, Backspace
keys-present-2 = Previous step
keys-present-3-key = Home, End
keys-present-3 = First or last step
keys-present-4-key = 1 to 9
keys-present-4 = Go to that step
keys-present-5-key = B
keys-present-5 = Blank the screen, and back
keys-present-6-key = Esc
keys-present-6 = Leave fullscreen (or close this window)
keys-present-7-key = Ctrl+S
keys-present-7 = Save a picture of the view
keys-present-8-key = Ctrl+E
keys-present-8 = Save the story as an animated GIF
keys-present-9-key = {"?"}
keys-present-9 = Show or hide these shortcuts

## Map: keyboard and screen readers
tooltip-enter-details = Enter for details
tooltip-enter-card = Enter opens the card
access-map-hint = Tab to the map, then: Left and Right move between the year's events, Up and Down between countries, a letter to a country starting with it; Enter opens its card, Esc closes it.
access-events-in = Events in { $year }
access-members-in = { $name } members in { $year }
access-suspended = { $name } (suspended)
access-not-founded = Not founded until { $year }
access-dissolved = Dissolved in { $year }
access-no-members = No members listed for this year
access-latest-count = { $count } members in { $year }, the latest count the atlas holds; no member list
access-count-only = { $count } members in { $year }; the atlas holds counts only, no member list
access-no-count = No member count or member list for this year
access-year = { $year }: { $events ->
    [0] no events
    [one] { $events } event
   *[other] { $events } events
}, { $states ->
    [0] no new states
    [one] { $states } new state
   *[other] { $states } new states
}
access-part-of = { $name } (part of { $state })

## Display menu and the selection's limit
top-display = Display
display-light = Light
display-light-hint = The light theme
display-high-contrast = High contrast
display-high-contrast-hint = Black on white with strong borders
display-reduced-motion = Reduced motion
display-reduced-motion-hint = Story steps cut to their view instead of flying the camera
display-text-size = Text size { $percent }%
display-smaller = Smaller
display-larger = Larger
display-reset = Reset
panel-selection-full = At most { $count } organizations at once, so that each keeps a colour of its own. Untick one first.
