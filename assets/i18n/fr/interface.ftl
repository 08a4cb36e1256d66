# L'interface de l'atlas en français. Mêmes identifiants de messages que le fichier anglais
# (`ssc-atlas validate` signale ceux qui manquent). Syntaxe Fluent :
# https://projectfluent.org/fluent/guide/
# Pluriels : catégories CLDR du français, « one » (0 et 1) et « other ».

language-name = Français
# Entre la partie entière d'un nombre et sa partie décimale (« 0,5 »).
number-decimal-separator = ,

## Dates
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# « 15 juin 1964 », « 1er mai 1974 »
date-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# « juin 1964 »
date-month = { $month } { $year }

## Top bar (desk)
app-title = Atlas de la coopération Sud-Sud
top-counts = { $events } événements · { $organizations } organisations
top-reset-view = Vue initiale
top-reset-view-hint = Ou double-cliquez sur la carte
top-panel = Panneau
top-panel-hint = Afficher ou masquer le panneau latéral
top-plots = Graphiques
top-plots-hint = Afficher ou masquer les graphiques
top-dark = Sombre
top-dark-hint = Thème sombre pour projecteurs et salles peu éclairées
top-language = Langue
top-language-hint = La langue de l'atlas
top-edit-not-shown = { $errors ->
    [one] Modification non affichée : { $errors } erreur
   *[other] Modification non affichée : { $errors } erreurs
}
top-data-problems = { $count ->
    [one] { $count } problème de données
   *[other] { $count } problèmes de données
}
top-data-problems-hint = Ce que `ssc-atlas validate` trouve dans le dossier de données ; cliquez pour la liste

## Year slider
slider-play = Lecture
slider-pause = Pause
slider-play-hint = Espace
slider-speed = Vitesse
slider-speed-hint = Vitesse de lecture en années par seconde
# { $speed } vaut 0,5, 1, 2 …
slider-speed-option = { $speed } an/s
slider-year = Année
slider-track-hint = Faites glisser ou cliquez pour choisir l'année. Au clavier : Gauche et Droite avancent d'un an, Page préc. et Page suiv. sautent aux années qui ont des événements.

## Kiosk
kiosk-invitation = Touchez pour explorer
kiosk-still-exploring = Vous êtes toujours là ?
kiosk-starts-over = L'atlas recommence dans { $seconds } s
kiosk-keep-exploring = Continuer
kiosk-pin-title = Code du personnel
kiosk-pin-type = Saisissez le code
kiosk-pin-wrong = Code erroné
kiosk-pin-digits = { $count ->
    [one] { $count } chiffre saisi
   *[other] { $count } chiffres saisis
}
kiosk-pin-cancel = Annuler
kiosk-attract-hint = Touchez l'écran pour explorer

## Side panel
panel-organizations = Organisations
# { $date } est une date longue : « 31 décembre 1964 »
panel-members-on = Membres au { $date }
panel-find = Rechercher
panel-find-hint = nom ou sigle
panel-no-match = Aucune organisation ne s'appelle « { $query } ».
# « Régionales · 12 en 1964 »
panel-group-heading = { $heading } · { $count } en { $year }
panel-group-others = { $count } autres, absentes en { $year }
panel-founded = création : { $date }
panel-founded-in = création : { $date }, { $city }
panel-in-force = en vigueur depuis : { $date }
panel-ended = fin : { $date }
panel-ended-continued = fin : { $date } ; suite : { $successor }
panel-counts-only = Seuls des effectifs sourcés sont connus, pas la liste des membres : la carte ne peut donc pas colorer ses membres.
panel-count-source = Effectif : { $source }
panel-field = Domaine de coopération
kind-regional = Régionales
kind-political = Politiques
kind-commodity = Producteurs de matières premières
kind-economic = Économiques
kind-financial = Financières
kind-other = Autres
count-from = depuis { $year }
count-ended = fin en { $year }
count-latest-known = en { $year }, dernier connu
count-not-known = effectif inconnu
count-detail-latest = Aucun effectif connu pour { $year } ; le dernier effectif sourcé est de { $count } membres en { $known }.
count-detail-first = Aucun effectif connu pour { $year } ; le premier effectif sourcé est de { $count } membres en { $known }.
count-detail-none = Aucun effectif sourcé.

## Fields of cooperation
field-all = tous les domaines
field-trade = commerce
field-finance = finance
field-industry = industrie
field-agriculture = agriculture
field-technology = technologie
field-shipping = transport maritime
field-energy = énergie
field-food = alimentation
field-political = politique
field-security = sécurité
field-culture = culture

## Cards
card-hint = Choisissez une ville hôte ou un pays sur la carte pour lire son histoire et ses sources.
card-no-event = Aucun événement « { $id } »
card-close = Fermer
card-kind-numbered = { $kind } · n° { $number } de sa série
card-participants = { $count ->
    [one] { $count } État participant
   *[other] { $count } États participants
}
card-show-on-map = Montrer { $name } sur la carte
card-fields = Domaines : { $fields }
card-sources-differ = Les sources divergent
card-also-in = Aussi à { $city }
card-today = aujourd'hui : { $name }
card-independent = indépendant
card-administered-by = territoire administré ({ $power })
card-dependent = territoire dépendant
card-part-of = État de rattachement : { $state }
# « En 1960 : indépendant »
card-status-in = En { $year } : { $status }
card-memberships = Adhésions
card-no-memberships = Membre d'aucune des organisations de l'atlas.
card-hosted = A accueilli
card-member-since = depuis { $joined }
card-member-by = membre en { $joined } (date d'adhésion inconnue)
card-member-by-until = membre en { $joined } (date d'adhésion inconnue)–{ $left }
card-member-as = sous le nom de { $name }
card-associate = associé
card-observer = observateur
card-suspended = suspendu { $from }–{ $until }
figures-heading = La situation à la fin de 1984
figures-atlas-holds = l'atlas en compte { $count } existant à la fin de { $year }
figures-source = Source

## Event kinds
event-kind-conference = conférence
event-kind-summit = sommet
event-kind-ministerial = réunion ministérielle
event-kind-founding = fondation
event-kind-declaration = déclaration
event-kind-agreement = accord
event-kind-institution = institution

## Map
tooltip-here = ici : { $name } (aujourd'hui { $today })
tooltip-member-since = { $name } depuis { $year }
tooltip-click-details = Cliquez pour les détails
tooltip-click-card = Cliquez pour ouvrir la fiche
# « territoire administré (France) (fin : 3 juillet 1962) »
tooltip-until = { $status } (fin : { $date })
note-new-states = Nouveaux États en { $year } : { $names }
note-counts-only = { $count ->
    [one] { $names } : l'atlas ne possède que des effectifs, pas de liste de membres à dessiner
   *[other] { $names } : l'atlas ne possède que des effectifs, pas de listes de membres à dessiner
}

## Plots
plot-decolonization = Nouveaux États et groupements du Sud
plot-decolonization-hint = Ligne noire : combien des pays décolonisés ou renommés de l'atlas étaient indépendants. Lignes de couleur : membres du G77 et du Mouvement des non-alignés, comptés d'après les listes de membres de l'atlas ; points : les effectifs publiés par les sources.
plot-independent = indépendants (histoires de l'atlas)
plot-members-of = { $name } : membres
plot-published-count = effectif publié
plot-published-count-of = { $name } (effectif publié)
plot-axis-states = États
# Deuxième ligne d'une infobulle : « 60 en 1970 »
plot-hover-count-in = { $count } en { $year }
plot-members = Membres au fil du temps
plot-members-hint = Effectifs sur une échelle logarithmique, pour que les petits organismes régionaux restent lisibles à côté de l'ONU et de la CNUCED. Lignes appuyées : les organisations sélectionnées. Lignes pâles : toutes les autres ; survolez-en une pour la nommer, cliquez dessus pour la sélectionner.
plot-sourced-count = effectif sourcé
plot-sourced-count-of = { $name } (effectif sourcé)
plot-others = autres (survoler pour nommer)
plot-others-regional = autres organismes régionaux (survoler pour nommer)
plot-others-political = autres organismes politiques (survoler pour nommer)
plot-others-commodity = autres organismes de producteurs (survoler pour nommer)
plot-others-economic = autres organismes économiques (survoler pour nommer)
plot-others-financial = autres organismes financiers (survoler pour nommer)
plot-axis-members = membres (échelle log.)
plot-hover-sourced = { $count } membres en { $year } (effectif sourcé)
plot-hover-members = { $count } membres en { $year }
plot-members-empty = Cochez des organisations dans la liste pour comparer leurs membres
plot-events = Événements par an
plot-events-field = Événements par an ({ $field })
plot-axis-events = événements
plot-hover-events = { $kind } : { $count }
card-sources = Sources
map-name = Carte du monde

## Share and Export (desk)
share = Partager
share-hint = Copier ou enregistrer le tableau derrière la vue, ou envoyer cette vue
share-table = Le tableau derrière la vue
# { $years } vaut « 1975 » ou « 1945–1975 »
share-events-of = Événements de { $years }
share-events-of-field = Événements de { $years } ({ $field })
share-members-none = Membres : choisissez d'abord une organisation
share-members-of = Membres au { $date } : { $names }
share-series = Séries des graphiques (membres par an, nouveaux États, événements par an)
share-copy-members = Copier les membres
share-copy-events = Copier les événements
share-copy-series = Copier les séries
share-copy-hint = En texte séparé par des tabulations : à coller dans un tableur
share-save-members = Enregistrer les membres (CSV)
share-save-events = Enregistrer les événements (CSV)
share-save-series = Enregistrer les séries (CSV)
share-save-hint = Un fichier CSV (UTF-8) dans { $folder }
share-view = Cette vue
share-view-parts = Année, organisations, domaine, caméra, fiche ouverte, thème et panneaux
share-copy-command = Copier la ligne de commande
share-copy-command-hint = ssc-atlas --year … --select … --view … : à coller dans un terminal ou un courriel
share-copy-view = Copier le fichier de vue
share-copy-view-hint = La vue en JSON : enregistrez-la sous VIEW.json et ouvrez-la avec --open VIEW.json
share-save-view = Enregistrer la vue
share-save-view-hint = Un fichier de vue dans le dossier d'export ; une liste de ces fichiers forme un récit (story-from-views)
share-files-go-to = Les fichiers vont dans { $folder }
share-dismiss = Fermer
export = Exporter
export-picture = Enregistrer l'image
export-picture-hint = La vue en PNG à la taille de la fenêtre, avec un bandeau de légende
export-picture-at = Image en { $width }×{ $height }
export-picture-at-hint = Redessinée à cette taille, non agrandie
export-plot-members = Graphique des membres
export-plot-independence = Graphique des États indépendants
export-plot-events = Graphique des événements
export-story-gif = Exporter le récit en GIF
export-cancel = Annuler
export-ok = OK
export-ok-hint = Masquer ce message

## Pictures: caption strip and poster
caption-none = aucune organisation choisie
caption-sources = Sources : { $list }
caption-more = +{ $count } autres
caption-map = Carte : { $source }
legend-founded = fondée en { $year }
legend-ended = dissoute en { $year }
poster-title-world = Le monde en { $year }
poster-title-one = { $name } en { $year }
poster-title-many = { $names } et { $last } en { $year }
poster-subtitle-world = États indépendants et territoires au { $date }
poster-subtitle-members = Membres au { $date } : { $names }
poster-both = membres des deux ({ $first } et { $second })
poster-other-states = autres États indépendants
poster-territories = territoires pas encore indépendants

## Keyboard shortcuts window
keys-title = Raccourcis clavier
keys-desk = Au poste de consultation
keys-map = Sur la carte
keys-presentation = Présentation d'un récit
keys-desk-1-key = Tab, Maj+Tab
keys-desk-1 = Passer d'une commande à l'autre et à la carte
keys-desk-2-key = Gauche, Droite
keys-desk-2 = Année précédente ou suivante
keys-desk-3-key = Page préc., Page suiv.
keys-desk-3 = Année précédente ou suivante ayant des événements
keys-desk-4-key = Espace
keys-desk-4 = Lecture ou pause (ou actionner le bouton actif)
keys-desk-5-key = Échap
keys-desk-5 = Fermer la fiche (ou quitter la commande active, ou fermer cette fenêtre)
keys-desk-6-key = Ctrl+S
keys-desk-6 = Enregistrer une image de la vue
keys-desk-7-key = F12
keys-desk-7 = Afficher ou masquer les temps d'image
keys-desk-8-key = {"?"}
keys-desk-8 = Afficher ou masquer ces raccourcis
keys-map-1-key = Gauche, Droite
keys-map-1 = Événement précédent ou suivant de l'année
keys-map-2-key = Haut, Bas
keys-map-2 = Pays précédent ou suivant (par ordre alphabétique)
keys-map-3-key = Une lettre
keys-map-3 = Pays suivant dont le nom commence par cette lettre
keys-map-4-key = Entrée, Espace
keys-map-4 = Ouvrir la fiche de l'événement ou du pays
keys-map-5-key = Échap
keys-map-5 = Fermer la fiche ; une seconde fois pour quitter la carte
keys-map-6-key = Page préc., Page suiv.
keys-map-6 = Année précédente ou suivante ayant des événements
keys-present-1-key = Droite, Bas, Page suiv., Espace, Entrée
keys-present-1 = Étape suivante
keys-present-2-key = Gauche, Haut, Page préc., Retour arrière
keys-present-2 = Étape précédente
keys-present-3-key = Début, Fin
keys-present-3 = Première ou dernière étape
keys-present-4-key = 1 à 9
keys-present-4 = Aller à cette étape
keys-present-5-key = B
keys-present-5 = Écran noir, puis retour
keys-present-6-key = Échap
keys-present-6 = Quitter le plein écran (ou fermer cette fenêtre)
keys-present-7-key = Ctrl+S
keys-present-7 = Enregistrer une image de la vue
keys-present-8-key = Ctrl+E
keys-present-8 = Enregistrer le récit en GIF animé
keys-present-9-key = {"?"}
keys-present-9 = Afficher ou masquer ces raccourcis

## Map: keyboard and screen readers
tooltip-enter-details = Entrée pour les détails
tooltip-enter-card = Entrée ouvre la fiche
access-map-hint = Tab pour atteindre la carte, puis : Gauche et Droite parcourent les événements de l'année, Haut et Bas les pays, une lettre mène à un pays dont le nom commence par elle ; Entrée ouvre sa fiche, Échap la ferme.
access-events-in = Événements en { $year }
access-members-in = { $name } : membres en { $year }
access-suspended = { $name } (adhésion suspendue)
access-not-founded = Créée seulement en { $year }
access-dissolved = Dissoute en { $year }
access-no-members = Aucun membre répertorié pour cette année
access-latest-count = { $count } membres en { $year }, dernier effectif connu de l'atlas ; pas de liste de membres
access-count-only = { $count } membres en { $year } ; l'atlas ne possède que des effectifs, pas de liste de membres
access-no-count = Ni effectif ni liste de membres pour cette année
access-year = { $year } : { $events ->
    [0] aucun événement
    [one] { $events } événement
   *[other] { $events } événements
}, { $states ->
    [0] aucun nouvel État
    [one] { $states } nouvel État
   *[other] { $states } nouveaux États
}
access-part-of = { $name } (État de rattachement : { $state })

## Display menu and the selection's limit
top-display = Affichage
display-light = Clair
display-light-hint = Le thème clair
display-high-contrast = Contraste élevé
display-high-contrast-hint = Noir sur blanc, bordures marquées
display-reduced-motion = Animations réduites
display-reduced-motion-hint = Les étapes d'un récit passent d'une vue à l'autre sans mouvement de caméra
display-text-size = Taille du texte { $percent } %
display-smaller = Plus petit
display-larger = Plus grand
display-reset = Rétablir
panel-selection-full = Au plus { $count } organisations à la fois, pour que chacune garde sa couleur. Décochez-en une d'abord.
