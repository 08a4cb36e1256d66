# The atlas's interface in Swahili (Kiswahili sanifu). Same message ids and variables as
# en/interface.ftl. Plural categories (CLDR, sw): one (1) and other.

language-name = Kiswahili
number-decimal-separator = .

## Dates
month-1 = Januari
month-2 = Februari
month-3 = Machi
month-4 = Aprili
month-5 = Mei
month-6 = Juni
month-7 = Julai
month-8 = Agosti
month-9 = Septemba
month-10 = Oktoba
month-11 = Novemba
month-12 = Desemba
# "15 Juni 1964"
date-day = { $day } { $month } { $year }
# "Juni 1964"
date-month = { $month } { $year }

## Top bar (desk)
app-title = Atlasi ya Ushirikiano wa Kusini kwa Kusini
top-counts = matukio { $events } · jumuiya { $organizations }
top-reset-view = Rejesha mwonekano
top-reset-view-hint = Au bofya ramani mara mbili
top-panel = Paneli
top-panel-hint = Onyesha au ficha paneli ya pembeni
top-plots = Grafu
top-plots-hint = Onyesha au ficha grafu
top-dark = Giza
top-dark-hint = Mandhari meusi kwa projekta na vyumba vyenye mwanga hafifu
top-language = Lugha
top-language-hint = Lugha ya atlasi
top-edit-not-shown = { $errors ->
    [one] Badiliko halijaonyeshwa: kosa { $errors }
   *[other] Badiliko halijaonyeshwa: makosa { $errors }
}
top-data-problems = { $count ->
    [one] tatizo { $count } la data
   *[other] matatizo { $count } ya data
}
top-data-problems-hint = Kile ambacho `ssc-atlas validate` inakipata katika folda ya data; bofya kuona orodha

## Year slider
slider-play = Cheza
slider-pause = Sitisha
slider-play-hint = Kitufe cha Space
slider-speed = Kasi
slider-speed-hint = Kasi ya kucheza, kwa miaka kwa sekunde
# { $speed } is 0.5, 1, 2 …
slider-speed-option = { $speed } mwaka/s
slider-year = Mwaka
slider-track-hint = Buruta au bofya kuchagua mwaka. Kwa kibodi: Kushoto na Kulia husogeza mwaka mmoja, Page Up na Page Down huruka hadi miaka yenye matukio.

## Kiosk
kiosk-invitation = Gusa ili kuchunguza
kiosk-still-exploring = Bado unachunguza?
kiosk-starts-over = Atlasi itaanza upya baada ya sekunde { $seconds }
kiosk-keep-exploring = Endelea kuchunguza
kiosk-pin-title = PIN ya wafanyakazi
kiosk-pin-type = Andika PIN
kiosk-pin-wrong = PIN si sahihi
kiosk-pin-digits = { $count ->
    [one] tarakimu { $count } imeandikwa
   *[other] tarakimu { $count } zimeandikwa
}
kiosk-pin-cancel = Ghairi
kiosk-attract-hint = Gusa popote ili kuchunguza

## Side panel
panel-organizations = Jumuiya
# { $date } is a long date: "31 Desemba 1964"
panel-members-on = Wanachama mnamo { $date }
panel-find = Tafuta
panel-find-hint = jina au kifupi
panel-no-match = Hakuna jumuiya inayoitwa "{ $query }".
# "Kikanda · 12 mwaka 1964"
panel-group-heading = { $heading } · { $count } mwaka { $year }
panel-group-others = nyingine { $count }, hazikuwepo { $year }
panel-founded = kuanzishwa: { $date }
panel-founded-in = kuanzishwa: { $date }, { $city }
panel-in-force = kutumika tangu { $date }
panel-ended = mwisho: { $date }
panel-ended-continued = mwisho: { $date }; mrithi: { $successor }
panel-counts-only = Ni idadi za wanachama zilizothibitishwa kwa vyanzo tu zinazojulikana, si orodha ya wanachama, hivyo ramani haiwezi kuonyesha wanachama wake.
panel-count-source = Idadi: { $source }
panel-field = Nyanja ya ushirikiano
kind-regional = Kikanda
kind-political = Kisiasa
kind-commodity = Wazalishaji wa bidhaa za msingi
kind-economic = Kiuchumi
kind-financial = Kifedha
kind-other = Nyingine
count-from = tangu { $year }
count-ended = mwisho { $year }
count-latest-known = { $year }, ya mwisho inayojulikana
count-not-known = idadi haijulikani
count-detail-latest = Hakuna idadi inayojulikana kwa { $year }; idadi ya mwisho iliyothibitishwa kwa chanzo ni wanachama { $count } mwaka { $known }.
count-detail-first = Hakuna idadi inayojulikana kwa { $year }; idadi ya kwanza iliyothibitishwa kwa chanzo ni wanachama { $count } mwaka { $known }.
count-detail-none = Hakuna idadi ya wanachama iliyothibitishwa kwa chanzo.

## Fields of cooperation
field-all = nyanja zote
field-trade = biashara
field-finance = fedha
field-industry = viwanda
field-agriculture = kilimo
field-technology = teknolojia
field-shipping = usafiri wa majini
field-energy = nishati
field-food = chakula
field-political = siasa
field-security = usalama
field-culture = utamaduni

## Cards
card-hint = Chagua mji mwenyeji au nchi kwenye ramani ili kusoma habari zake na vyanzo.
card-no-event = Hakuna tukio "{ $id }"
card-close = Funga
card-kind-numbered = { $kind } · na. { $number } katika mfululizo wake
card-participants = { $count ->
    [one] nchi { $count } iliyoshiriki
   *[other] nchi { $count } zilizoshiriki
}
card-show-on-map = Onyesha { $name } kwenye ramani
card-fields = Nyanja: { $fields }
card-sources-differ = Vyanzo vinatofautiana
card-also-in = Pia mjini { $city }
card-today = leo: { $name }
card-independent = huru
card-administered-by = eneo linalotawaliwa na { $power }
card-dependent = eneo tegemezi
card-part-of = sehemu ya { $state }
# "Mwaka 1960: huru"
card-status-in = Mwaka { $year }: { $status }
card-memberships = Uanachama
card-no-memberships = Haina uanachama katika jumuiya za atlasi.
card-hosted = Mwenyeji wa
card-member-since = tangu { $joined }
card-member-by = mwanachama kufikia { $joined } (tarehe ya kujiunga haijulikani)
card-member-by-until = mwanachama kufikia { $joined } (tarehe ya kujiunga haijulikani)–{ $left }
card-member-as = kama { $name }
card-associate = mshirika
card-observer = mtazamaji
card-suspended = ilisimamishwa { $from }–{ $until }
figures-heading = Hali ilivyokuwa mwishoni mwa 1984
figures-atlas-holds = atlasi hii ina { $count } zilizokuwepo mwishoni mwa { $year }
figures-source = Chanzo

## Event kinds
event-kind-conference = mkutano
event-kind-summit = mkutano wa kilele
event-kind-ministerial = mkutano wa mawaziri
event-kind-founding = kuanzishwa
event-kind-declaration = azimio
event-kind-agreement = mkataba
event-kind-institution = taasisi

## Map
tooltip-here = hapa: { $name } (leo { $today })
tooltip-member-since = { $name } tangu { $year }
tooltip-click-details = Bofya kwa maelezo
tooltip-click-card = Bofya kufungua kadi
# "eneo linalotawaliwa na Ufaransa, hadi 3 Julai 1962"
tooltip-until = { $status }, hadi { $date }
note-new-states = Nchi mpya mwaka { $year }: { $names }
note-counts-only = { $count ->
    [one] { $names }: atlasi ina idadi za wanachama tu, hakuna orodha ya wanachama ya kuchora
   *[other] { $names }: atlasi ina idadi za wanachama tu, hakuna orodha za wanachama za kuchora
}

## Plots
plot-decolonization = Nchi mpya na makundi ya Kusini
plot-decolonization-hint = Mstari mweusi: ni ngapi kati ya nchi za atlasi zilizoondokana na ukoloni au kubadilishwa jina zilikuwa huru. Mistari ya rangi: wanachama wa G77 na wa Umoja wa Nchi Zisizofungamana, waliohesabiwa kutoka orodha za wanachama za atlasi; nukta: idadi zilizochapishwa na vyanzo.
plot-independent = huru (historia za atlasi)
plot-members-of = wanachama wa { $name }
plot-published-count = idadi iliyochapishwa
plot-published-count-of = { $name } (idadi iliyochapishwa)
plot-axis-states = nchi
# The second line of a hover text: "60 mwaka 1970"
plot-hover-count-in = { $count } mwaka { $year }
plot-members = Wanachama kwa wakati
plot-members-hint = Idadi za wanachama kwenye kipimo cha logi, ili jumuiya ndogo za kikanda zisomeke kando ya UN na UNCTAD. Mistari minene: jumuiya zilizochaguliwa. Mistari hafifu: nyingine zote; weka kipanya juu ya mmoja kuona jina lake, ubofye kuuchagua.
plot-sourced-count = idadi kutoka chanzo
plot-sourced-count-of = { $name } (idadi kutoka chanzo)
plot-others = nyingine (weka kipanya kuona jina)
plot-others-regional = jumuiya nyingine za kikanda (weka kipanya kuona jina)
plot-others-political = jumuiya nyingine za kisiasa (weka kipanya kuona jina)
plot-others-commodity = jumuiya nyingine za wazalishaji (weka kipanya kuona jina)
plot-others-economic = jumuiya nyingine za kiuchumi (weka kipanya kuona jina)
plot-others-financial = jumuiya nyingine za kifedha (weka kipanya kuona jina)
plot-axis-members = wanachama (kipimo cha logi)
plot-hover-sourced = wanachama { $count } mwaka { $year } (idadi kutoka chanzo)
plot-hover-members = wanachama { $count } mwaka { $year }
plot-members-empty = Weka alama kwenye jumuiya katika orodha ili kulinganisha wanachama wao
plot-events = Matukio kwa mwaka
plot-events-field = Matukio kwa mwaka ({ $field })
plot-axis-events = matukio
plot-hover-events = { $kind }: { $count }
card-sources = Vyanzo
map-name = Ramani ya dunia

## Share and Export (desk)
share = Shiriki
share-hint = Nakili au hifadhi jedwali la mwonekano huu, au tuma mwonekano huu
share-table = Jedwali la mwonekano huu
# { $years } is "1975" or "1945–1975"
share-events-of = Matukio ya { $years }
share-events-of-field = Matukio ya { $years } ({ $field })
share-members-none = Wanachama: chagua jumuiya kwanza
share-members-of = Wanachama wa { $names } mnamo { $date }
share-series = Mfululizo wa grafu (wanachama kwa mwaka, nchi mpya, matukio kwa mwaka)
share-copy-members = Nakili wanachama
share-copy-events = Nakili matukio
share-copy-series = Nakili mfululizo wa grafu
share-copy-hint = Kama maandishi yaliyotenganishwa kwa tab: bandika kwenye lahajedwali
share-save-members = Hifadhi wanachama kama CSV
share-save-events = Hifadhi matukio kama CSV
share-save-series = Hifadhi mfululizo wa grafu kama CSV
share-save-hint = Faili la CSV (UTF-8) katika { $folder }
share-view = Mwonekano huu
share-view-parts = Mwaka, jumuiya, nyanja, kamera, kadi iliyofunguliwa, mandhari na paneli
share-copy-command = Nakili amri
share-copy-command-hint = ssc-atlas --year … --select … --view …: bandika kwenye terminal au barua pepe
share-copy-view = Nakili faili la mwonekano
share-copy-view-hint = Mwonekano kama JSON: lihifadhi kama VIEW.json na ulifungue kwa --open VIEW.json
share-save-view = Hifadhi faili la mwonekano
share-save-view-hint = Faili la mwonekano katika folda ya kuhamisha; orodha ya mafaili hayo huunda hadithi (story-from-views)
share-files-go-to = Mafaili yanahifadhiwa katika { $folder }
share-dismiss = Funga
export = Hamisha
export-picture = Hifadhi picha
export-picture-hint = Mwonekano kama PNG kwa ukubwa wa dirisha, pamoja na ukanda wa maelezo
export-picture-at = Hifadhi picha kwa { $width }×{ $height }
export-picture-at-hint = Huchorwa upya kwa ukubwa huo, si kukuzwa
export-plot-members = Hifadhi grafu ya wanachama
export-plot-independence = Hifadhi grafu ya nchi huru
export-plot-events = Hifadhi grafu ya matukio
export-story-gif = Hamisha hadithi kama GIF
export-cancel = Ghairi
export-ok = Sawa
export-ok-hint = Ficha ujumbe huu

## Pictures: caption strip and poster
caption-none = hakuna jumuiya iliyochaguliwa
caption-sources = Vyanzo: { $list }
caption-more = +{ $count } zaidi
caption-map = Ramani: { $source }
legend-founded = ilianzishwa { $year }
legend-ended = ilivunjwa { $year }
poster-title-world = Dunia mwaka { $year }
poster-title-one = { $name } mwaka { $year }
poster-title-many = { $names } na { $last } mwaka { $year }
poster-subtitle-world = Nchi huru na maeneo tegemezi tarehe { $date }
poster-subtitle-members = Wanachama tarehe { $date }: { $names }
poster-both = wanachama wa zote mbili ({ $first } na { $second })
poster-other-states = nchi nyingine huru
poster-territories = maeneo ambayo bado si huru

## Keyboard shortcuts window
keys-title = Njia za mkato za kibodi
keys-desk = Kwenye kompyuta ya mezani
keys-map = Kwenye ramani
keys-presentation = Kuwasilisha hadithi
keys-desk-1-key = Tab, Shift+Tab
keys-desk-1 = Hamia kati ya vidhibiti na ramani
keys-desk-2-key = Kushoto, Kulia
keys-desk-2 = Mwaka uliotangulia au unaofuata
keys-desk-3-key = Page Up, Page Down
keys-desk-3 = Mwaka uliotangulia au unaofuata wenye matukio
keys-desk-4-key = Space
keys-desk-4 = Cheza au sitisha (au bonyeza kitufe kilichochaguliwa)
keys-desk-5-key = Esc
keys-desk-5 = Funga kadi (au ondoka kwenye kidhibiti kilichochaguliwa, au funga dirisha hili)
keys-desk-6-key = Ctrl+S
keys-desk-6 = Hifadhi picha ya mwonekano
keys-desk-7-key = F12
keys-desk-7 = Onyesha au ficha muda wa fremu
keys-desk-8-key = {"?"}
keys-desk-8 = Onyesha au ficha njia hizi za mkato
keys-map-1-key = Kushoto, Kulia
keys-map-1 = Tukio lililotangulia au linalofuata la mwaka
keys-map-2-key = Juu, Chini
keys-map-2 = Nchi iliyotangulia au inayofuata (kwa mpangilio wa alfabeti)
keys-map-3-key = Herufi
keys-map-3 = Nchi inayofuata ambayo jina lake linaanza na herufi hiyo
keys-map-4-key = Enter, Space
keys-map-4 = Fungua kadi ya tukio au ya nchi
keys-map-5-key = Esc
keys-map-5 = Funga kadi; tena ili kuondoka kwenye ramani
keys-map-6-key = Page Up, Page Down
keys-map-6 = Mwaka uliotangulia au unaofuata wenye matukio
keys-present-1-key = Kulia, Chini, Page Down, Space, Enter
keys-present-1 = Hatua inayofuata
keys-present-2-key = Kushoto, Juu, Page Up, Backspace
keys-present-2 = Hatua iliyotangulia
keys-present-3-key = Home, End
keys-present-3 = Hatua ya kwanza au ya mwisho
keys-present-4-key = 1 hadi 9
keys-present-4 = Nenda kwenye hatua hiyo
keys-present-5-key = B
keys-present-5 = Ficha skrini, kisha uirejeshe
keys-present-6-key = Esc
keys-present-6 = Toka kwenye skrini nzima (au funga dirisha hili)
keys-present-7-key = Ctrl+S
keys-present-7 = Hifadhi picha ya mwonekano
keys-present-8-key = Ctrl+E
keys-present-8 = Hifadhi hadithi kama GIF inayosonga
keys-present-9-key = {"?"}
keys-present-9 = Onyesha au ficha njia hizi za mkato

## Map: keyboard and screen readers
tooltip-enter-details = Enter kwa maelezo
tooltip-enter-card = Enter hufungua kadi
access-map-hint = Tab hadi ramani, kisha: Kushoto na Kulia husogea kati ya matukio ya mwaka, Juu na Chini kati ya nchi, herufi huenda kwenye nchi inayoanza nayo; Enter hufungua kadi yake, Esc huifunga.
access-events-in = Matukio mwaka { $year }
access-members-in = Wanachama wa { $name } mwaka { $year }
access-suspended = { $name } (uanachama umesimamishwa)
access-not-founded = Ilianzishwa tu mwaka { $year }
access-dissolved = Ilivunjwa mwaka { $year }
access-no-members = Hakuna wanachama walioorodheshwa kwa mwaka huu
access-latest-count = Wanachama { $count } mwaka { $year }, idadi ya mwisho iliyo kwenye atlasi; hakuna orodha ya wanachama
access-count-only = Wanachama { $count } mwaka { $year }; atlasi ina idadi tu, hakuna orodha ya wanachama
access-no-count = Hakuna idadi wala orodha ya wanachama kwa mwaka huu
access-year = { $year }: { $events ->
    [0] hakuna matukio
    [one] tukio { $events }
   *[other] matukio { $events }
}, { $states ->
    [0] hakuna nchi mpya
    [one] nchi mpya { $states }
   *[other] nchi mpya { $states }
}
access-part-of = { $name } (sehemu ya { $state })

## Display menu and the selection's limit
top-display = Mwonekano
display-light = Angavu
display-light-hint = Mandhari angavu
display-high-contrast = Utofautishaji mkubwa
display-high-contrast-hint = Nyeusi juu ya nyeupe, na mipaka imara
display-reduced-motion = Mwendo uliopunguzwa
display-reduced-motion-hint = Hatua za hadithi zinabadilisha mwonekano bila kusogeza kamera
display-text-size = Ukubwa wa maandishi { $percent }%
display-smaller = Ndogo zaidi
display-larger = Kubwa zaidi
display-reset = Rejesha
panel-selection-full = Jumuiya { $count } tu kwa wakati mmoja, ili kila moja ibaki na rangi yake. Ondoa alama kwenye moja kwanza.
