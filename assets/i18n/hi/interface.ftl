# एटलस का इंटरफ़ेस हिन्दी में। अंग्रेज़ी फ़ाइल जैसे ही संदेश-आईडी
# (`ssc-atlas validate` छूटे हुए आईडी बताता है)। Fluent वाक्य-रचना:
# https://projectfluent.org/fluent/guide/
# बहुवचन: हिन्दी की CLDR श्रेणियाँ, "one" (0 और 1) और "other"।

language-name = हिन्दी
# किसी संख्या के पूर्णांक और दशमलव भाग के बीच ("0.5")।
number-decimal-separator = .

## Dates
month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्टूबर
month-11 = नवंबर
month-12 = दिसंबर
# "15 जून 1964"
date-day = { $day } { $month } { $year }
# "जून 1964"
date-month = { $month } { $year }

## Top bar (desk)
app-title = दक्षिण-दक्षिण सहयोग का एटलस
top-counts = { $events } घटनाएँ · { $organizations } संगठन
top-reset-view = दृश्य रीसेट
top-reset-view-hint = या मानचित्र पर डबल-क्लिक करें
top-panel = पैनल
top-panel-hint = साइड पैनल दिखाएँ या छिपाएँ
top-plots = ग्राफ़
top-plots-hint = ग्राफ़ दिखाएँ या छिपाएँ
top-dark = डार्क
top-dark-hint = प्रोजेक्टर और कम रोशनी वाले कमरों के लिए डार्क थीम
top-language = भाषा
top-language-hint = एटलस की भाषा
top-edit-not-shown = { $errors ->
    [one] बदलाव नहीं दिखाया गया: { $errors } त्रुटि
   *[other] बदलाव नहीं दिखाया गया: { $errors } त्रुटियाँ
}
top-data-problems = { $count ->
    [one] डेटा में { $count } समस्या
   *[other] डेटा में { $count } समस्याएँ
}
top-data-problems-hint = डेटा फ़ोल्डर में `ssc-atlas validate` को जो मिलता है; सूची के लिए क्लिक करें

## Year slider
slider-play = चलाएँ
slider-pause = रोकें
slider-play-hint = स्पेस
slider-speed = गति
slider-speed-hint = चलने की गति, वर्ष प्रति सेकंड में
# { $speed } 0.5, 1, 2 … है
slider-speed-option = { $speed } वर्ष/से
slider-year = वर्ष
slider-track-hint = वर्ष चुनने के लिए खींचें या क्लिक करें। कीबोर्ड से: बायाँ और दायाँ तीर एक वर्ष आगे-पीछे करते हैं, Page Up और Page Down घटनाओं वाले वर्षों पर ले जाते हैं।

## Kiosk
kiosk-invitation = देखने के लिए छुएँ
kiosk-still-exploring = अभी देख रहे हैं?
kiosk-starts-over = एटलस { $seconds } सेकंड में फिर से शुरू होगा
kiosk-keep-exploring = देखते रहें
kiosk-pin-title = स्टाफ़ PIN
kiosk-pin-type = PIN लिखें
kiosk-pin-wrong = ग़लत PIN
kiosk-pin-digits = { $count ->
    [one] { $count } अंक लिखा गया
   *[other] { $count } अंक लिखे गए
}
kiosk-pin-cancel = रद्द करें
kiosk-attract-hint = देखने के लिए कहीं भी छुएँ

## Side panel
panel-organizations = संगठन
# { $date } लंबी तिथि है: "31 दिसंबर 1964"
panel-members-on = { $date } को सदस्य
panel-find = खोजें
panel-find-hint = नाम या संक्षिप्त नाम
panel-no-match = "{ $query }" नाम का कोई संगठन नहीं है।
# "क्षेत्रीय · 1964 में 12"
panel-group-heading = { $heading } · { $year } में { $count }
panel-group-others = { $count } और, { $year } में नहीं
panel-founded = स्थापना { $date }
panel-founded-in = स्थापना { $date }, { $city }
panel-in-force = { $date } से लागू
panel-ended = समाप्त { $date }
panel-ended-continued = समाप्त { $date }; उत्तराधिकारी: { $successor }
panel-counts-only = केवल स्रोत-सहित सदस्य-संख्याएँ ज्ञात हैं, सदस्य-सूची नहीं, इसलिए मानचित्र इसके सदस्यों को नहीं भर सकता।
panel-count-source = संख्या: { $source }
panel-field = सहयोग का क्षेत्र
kind-regional = क्षेत्रीय
kind-political = राजनीतिक
kind-commodity = जिंस उत्पादक
kind-economic = आर्थिक
kind-financial = वित्तीय
kind-other = अन्य
count-from = { $year } से
count-ended = { $year } में समाप्त
count-latest-known = { $year } में, अंतिम ज्ञात
count-not-known = संख्या ज्ञात नहीं
count-detail-latest = { $year } की कोई संख्या ज्ञात नहीं; अंतिम स्रोत-सहित संख्या { $known } में { $count } सदस्य है।
count-detail-first = { $year } की कोई संख्या ज्ञात नहीं; पहली स्रोत-सहित संख्या { $known } में { $count } सदस्य है।
count-detail-none = स्रोत-सहित कोई सदस्य-संख्या नहीं।

## Fields of cooperation
field-all = सभी क्षेत्र
field-trade = व्यापार
field-finance = वित्त
field-industry = उद्योग
field-agriculture = कृषि
field-technology = प्रौद्योगिकी
field-shipping = जहाज़रानी
field-energy = ऊर्जा
field-food = खाद्य
field-political = राजनीतिक
field-security = सुरक्षा
field-culture = संस्कृति

## Cards
card-hint = किसी मेज़बान शहर या देश की कहानी और स्रोत पढ़ने के लिए उसे मानचित्र पर चुनें।
card-no-event = कोई घटना "{ $id }" नहीं
card-close = बंद करें
card-kind-numbered = { $kind } · अपनी शृंखला में क्रमांक { $number }
card-participants = { $count ->
    [one] { $count } भागीदार राज्य
   *[other] { $count } भागीदार राज्य
}
card-show-on-map = { $name } को मानचित्र पर दिखाएँ
card-fields = क्षेत्र: { $fields }
card-sources-differ = स्रोतों में अंतर
card-also-in = { $city } में भी
card-today = आज: { $name }
card-independent = स्वतंत्र
card-administered-by = { $power } द्वारा प्रशासित क्षेत्र
card-dependent = आश्रित क्षेत्र
card-part-of = { $state } का हिस्सा
# "1960 में: स्वतंत्र"
card-status-in = { $year } में: { $status }
card-memberships = सदस्यताएँ
card-no-memberships = एटलस के किसी संगठन की सदस्यता नहीं।
card-hosted = मेज़बानी
card-member-since = { $joined } से
card-member-by = { $joined } तक सदस्य (शामिल होने की तिथि ज्ञात नहीं)
card-member-by-until = { $joined } तक सदस्य (शामिल होने की तिथि ज्ञात नहीं)–{ $left }
card-member-as = { $name } के रूप में
card-associate = सहयोगी
card-observer = पर्यवेक्षक
card-suspended = निलंबित { $from }–{ $until }
figures-heading = 1984 के अंत तक की तस्वीर
figures-atlas-holds = इस एटलस में { $year } के अंत में विद्यमान { $count } हैं
figures-source = स्रोत

## Event kinds
event-kind-conference = सम्मेलन
event-kind-summit = शिखर सम्मेलन
event-kind-ministerial = मंत्रिस्तरीय बैठक
event-kind-founding = स्थापना
event-kind-declaration = घोषणा
event-kind-agreement = समझौता
event-kind-institution = संस्था

## Map
tooltip-here = यहाँ: { $name } (आज { $today })
tooltip-member-since = { $name }, { $year } से
tooltip-click-details = विवरण के लिए क्लिक करें
tooltip-click-card = कार्ड खोलने के लिए क्लिक करें
# "फ़्रांस द्वारा प्रशासित क्षेत्र, 3 जुलाई 1962 तक"
tooltip-until = { $status }, { $date } तक
note-new-states = { $year } में नए राज्य: { $names }
note-counts-only = { $count ->
    [one] { $names }: एटलस में केवल सदस्य-संख्याएँ हैं, बनाने के लिए सदस्य-सूची नहीं
   *[other] { $names }: एटलस में केवल सदस्य-संख्याएँ हैं, बनाने के लिए सदस्य-सूचियाँ नहीं
}

## Plots
plot-decolonization = नए राज्य और दक्षिण के समूह
plot-decolonization-hint = काली रेखा: एटलस के विउपनिवेशित या नए नाम वाले देशों में से कितने स्वतंत्र थे। रंगीन रेखाएँ: एटलस की सदस्य-सूचियों से गिने गए जी-77 और गुटनिरपेक्ष आंदोलन के सदस्य; बिंदु: स्रोतों द्वारा प्रकाशित संख्याएँ।
plot-independent = स्वतंत्र (एटलस के इतिहास)
plot-members-of = { $name } के सदस्य
plot-published-count = प्रकाशित संख्या
plot-published-count-of = { $name } (प्रकाशित संख्या)
plot-axis-states = राज्य
# होवर पाठ की दूसरी पंक्ति: "1970 में 60"
plot-hover-count-in = { $year } में { $count }
plot-members = समय के साथ सदस्य
plot-members-hint = सदस्य-संख्याएँ लघुगणकीय पैमाने पर, ताकि छोटे क्षेत्रीय निकाय संयुक्त राष्ट्र और अंकटाड के पास भी पढ़े जा सकें। गाढ़ी रेखाएँ: चुने गए संगठन। हल्की रेखाएँ: बाक़ी सभी; नाम देखने के लिए किसी पर होवर करें, चुनने के लिए क्लिक करें।
plot-sourced-count = स्रोत-सहित संख्या
plot-sourced-count-of = { $name } (स्रोत-सहित संख्या)
plot-others = अन्य (नाम के लिए होवर करें)
plot-others-regional = अन्य क्षेत्रीय निकाय (नाम के लिए होवर करें)
plot-others-political = अन्य राजनीतिक निकाय (नाम के लिए होवर करें)
plot-others-commodity = उत्पादकों के अन्य निकाय (नाम के लिए होवर करें)
plot-others-economic = अन्य आर्थिक निकाय (नाम के लिए होवर करें)
plot-others-financial = अन्य वित्तीय निकाय (नाम के लिए होवर करें)
plot-axis-members = सदस्य (लघुगणकीय पैमाना)
plot-hover-sourced = { $year } में { $count } सदस्य (स्रोत-सहित संख्या)
plot-hover-members = { $year } में { $count } सदस्य
plot-members-empty = सदस्यों की तुलना के लिए सूची में संगठनों पर निशान लगाएँ
plot-events = प्रति वर्ष घटनाएँ
plot-events-field = प्रति वर्ष घटनाएँ ({ $field })
plot-axis-events = घटनाएँ
plot-hover-events = { $kind }: { $count }
card-sources = स्रोत
map-name = विश्व मानचित्र

## Share and Export (desk)
share = साझा करें
share-hint = दृश्य के पीछे की तालिका कॉपी या सहेजें, या यह दृश्य भेजें
share-table = दृश्य के पीछे की तालिका
# { $years } "1975" या "1945–1975" है
share-events-of = { $years } की घटनाएँ
share-events-of-field = { $years } की घटनाएँ ({ $field })
share-members-none = सदस्य: पहले कोई संगठन चुनें
share-members-of = { $date } को { $names } के सदस्य
share-series = ग्राफ़ शृंखलाएँ (प्रति वर्ष सदस्य, नए राज्य, प्रति वर्ष घटनाएँ)
share-copy-members = सदस्य कॉपी करें
share-copy-events = घटनाएँ कॉपी करें
share-copy-series = ग्राफ़ शृंखलाएँ कॉपी करें
share-copy-hint = टैब से अलग पाठ के रूप में: स्प्रेडशीट में चिपकाएँ
share-save-members = सदस्य CSV में सहेजें
share-save-events = घटनाएँ CSV में सहेजें
share-save-series = ग्राफ़ शृंखलाएँ CSV में सहेजें
share-save-hint = { $folder } में एक CSV फ़ाइल (UTF-8)
share-view = यह दृश्य
share-view-parts = वर्ष, संगठन, क्षेत्र, कैमरा, खुला कार्ड, थीम और पैनल
share-copy-command = कमांड लाइन कॉपी करें
share-copy-command-hint = ssc-atlas --year … --select … --view …: टर्मिनल या ई-मेल में चिपकाएँ
share-copy-view = दृश्य फ़ाइल कॉपी करें
share-copy-view-hint = JSON के रूप में दृश्य: इसे VIEW.json नाम से सहेजें और --open VIEW.json से खोलें
share-save-view = दृश्य फ़ाइल सहेजें
share-save-view-hint = एक्सपोर्ट फ़ोल्डर में एक दृश्य फ़ाइल; ऐसी फ़ाइलों की सूची से कहानी बनती है (story-from-views)
share-files-go-to = फ़ाइलें { $folder } में जाती हैं
share-dismiss = हटाएँ
export = एक्सपोर्ट
export-picture = चित्र सहेजें
export-picture-hint = विंडो के आकार का PNG दृश्य, कैप्शन पट्टी के साथ
export-picture-at = { $width }×{ $height } पर चित्र सहेजें
export-picture-at-hint = उसी आकार में दोबारा बनाया गया, बड़ा नहीं किया गया
export-plot-members = सदस्य ग्राफ़ सहेजें
export-plot-independence = स्वतंत्र राज्य ग्राफ़ सहेजें
export-plot-events = घटना ग्राफ़ सहेजें
export-story-gif = कहानी GIF में एक्सपोर्ट करें
export-cancel = रद्द करें
export-ok = ठीक है
export-ok-hint = यह संदेश छिपाएँ

## Pictures: caption strip and poster
caption-none = कोई संगठन नहीं चुना गया
caption-sources = स्रोत: { $list }
caption-more = +{ $count } और
caption-map = मानचित्र: { $source }
legend-founded = स्थापना { $year }
legend-ended = समाप्त { $year }
poster-title-world = { $year } में विश्व
poster-title-one = { $year } में { $name }
poster-title-many = { $year } में { $names } और { $last }
poster-subtitle-world = { $date } को स्वतंत्र राज्य और क्षेत्र
poster-subtitle-members = { $date } को सदस्य: { $names }
poster-both = दोनों के सदस्य ({ $first } और { $second })
poster-other-states = अन्य स्वतंत्र राज्य
poster-territories = अभी तक स्वतंत्र न हुए क्षेत्र

## Keyboard shortcuts window
keys-title = कीबोर्ड शॉर्टकट
keys-desk = डेस्क पर
keys-map = मानचित्र पर
keys-presentation = कहानी प्रस्तुत करते समय
keys-desk-1-key = Tab, Shift+Tab
keys-desk-1 = नियंत्रणों और मानचित्र के बीच जाएँ
keys-desk-2-key = बायाँ, दायाँ तीर
keys-desk-2 = पिछला या अगला वर्ष
keys-desk-3-key = Page Up, Page Down
keys-desk-3 = घटनाओं वाला पिछला या अगला वर्ष
keys-desk-4-key = स्पेस
keys-desk-4 = चलाएँ या रोकें (या फ़ोकस वाला बटन दबाएँ)
keys-desk-5-key = Esc
keys-desk-5 = कार्ड बंद करें (या फ़ोकस वाले नियंत्रण से बाहर जाएँ, या यह विंडो बंद करें)
keys-desk-6-key = Ctrl+S
keys-desk-6 = दृश्य का चित्र सहेजें
keys-desk-7-key = F12
keys-desk-7 = फ़्रेम समय दिखाएँ या छिपाएँ
keys-desk-8-key = {"?"}
keys-desk-8 = ये शॉर्टकट दिखाएँ या छिपाएँ
keys-map-1-key = बायाँ, दायाँ तीर
keys-map-1 = वर्ष की पिछली या अगली घटना
keys-map-2-key = ऊपर, नीचे तीर
keys-map-2 = पिछला या अगला देश (वर्णक्रम में)
keys-map-3-key = कोई अक्षर
keys-map-3 = अगला देश जिसका नाम उस अक्षर से शुरू होता है
keys-map-4-key = Enter, स्पेस
keys-map-4 = घटना या देश का कार्ड खोलें
keys-map-5-key = Esc
keys-map-5 = कार्ड बंद करें; मानचित्र से बाहर जाने के लिए फिर दबाएँ
keys-map-6-key = Page Up, Page Down
keys-map-6 = घटनाओं वाला पिछला या अगला वर्ष
keys-present-1-key = दायाँ, नीचे तीर, Page Down, स्पेस, Enter
keys-present-1 = अगला चरण
keys-present-2-key = बायाँ, ऊपर तीर, Page Up, Backspace
keys-present-2 = पिछला चरण
keys-present-3-key = Home, End
keys-present-3 = पहला या अंतिम चरण
keys-present-4-key = 1 से 9
keys-present-4 = उस चरण पर जाएँ
keys-present-5-key = B
keys-present-5 = स्क्रीन खाली करें, और वापस
keys-present-6-key = Esc
keys-present-6 = फ़ुलस्क्रीन से बाहर निकलें (या यह विंडो बंद करें)
keys-present-7-key = Ctrl+S
keys-present-7 = दृश्य का चित्र सहेजें
keys-present-8-key = Ctrl+E
keys-present-8 = कहानी को एनिमेटेड GIF के रूप में सहेजें
keys-present-9-key = {"?"}
keys-present-9 = ये शॉर्टकट दिखाएँ या छिपाएँ

## Map: keyboard and screen readers
tooltip-enter-details = विवरण के लिए Enter दबाएँ
tooltip-enter-card = Enter से कार्ड खुलता है
access-map-hint = Tab से मानचित्र पर जाएँ, फिर: बायाँ और दायाँ तीर वर्ष की घटनाओं के बीच ले जाते हैं, ऊपर और नीचे तीर देशों के बीच, कोई अक्षर उससे शुरू होने वाले देश पर; Enter उसका कार्ड खोलता है, Esc उसे बंद करता है।
access-events-in = { $year } की घटनाएँ
access-members-in = { $year } में { $name } के सदस्य
access-suspended = { $name } (सदस्यता निलंबित)
access-not-founded = { $year } से पहले स्थापित नहीं हुआ
access-dissolved = { $year } में समाप्त
access-no-members = इस वर्ष के लिए कोई सदस्य सूचीबद्ध नहीं
access-latest-count = { $year } में { $count } सदस्य, एटलस में उपलब्ध अंतिम संख्या; सदस्य-सूची नहीं
access-count-only = { $year } में { $count } सदस्य; एटलस में केवल संख्याएँ हैं, सदस्य-सूची नहीं
access-no-count = इस वर्ष के लिए न सदस्य-संख्या है, न सदस्य-सूची
access-year = { $year }: { $events ->
    [0] कोई घटना नहीं
    [one] { $events } घटना
   *[other] { $events } घटनाएँ
}, { $states ->
    [0] कोई नया राज्य नहीं
    [one] { $states } नया राज्य
   *[other] { $states } नए राज्य
}
access-part-of = { $name } ({ $state } का हिस्सा)

## Display menu and the selection's limit
top-display = प्रदर्शन
display-light = हल्का
display-light-hint = हल्की थीम
display-high-contrast = उच्च कंट्रास्ट
display-high-contrast-hint = सफ़ेद पर काला, गहरी किनारियों के साथ
display-reduced-motion = कम गति
display-reduced-motion-hint = कहानी के चरण कैमरा घुमाए बिना सीधे अपने दृश्य पर जाते हैं
display-text-size = पाठ का आकार { $percent }%
display-smaller = छोटा
display-larger = बड़ा
display-reset = रीसेट
panel-selection-full = एक साथ अधिकतम { $count } संगठन, ताकि हर एक का अपना रंग रहे। पहले किसी एक से निशान हटाएँ।
