<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Actiefilter</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Activiteit doorzoeken</translation>
    </message>
    <message>
        <source>Search by who, app, key or detail</source>
        <translation>Zoeken op wie, app, sleutel of detail</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activiteitenlogboek</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>Untitled app</source>
        <translation>Naamloze app</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Appnaam</translation>
    </message>
    <message>
        <source>The app&apos;s name: 1 to 100 characters, unique in this store</source>
        <translation>Naam van de app: 1 tot 100 tekens, uniek in deze opslag</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>App-instellingen</translation>
    </message>
    <message>
        <source>API Scopes</source>
        <translation>API-scopes</translation>
    </message>
    <message>
        <source>Every key of this app grants exactly the scopes ticked here. A change applies to all its keys at once.</source>
        <translation>Elke sleutel van deze app geeft toegang tot precies de hier aangevinkte scopes. Een wijziging geldt meteen voor alle sleutels van de app.</translation>
    </message>
    <message>
        <source>API scopes</source>
        <translation>API-scopes</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-sleutels</translation>
    </message>
    <message>
        <source>Create API &amp;Key</source>
        <translation>API-&amp;sleutel maken</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>API-sleutel maken</translation>
    </message>
    <message>
        <source>De&amp;lete key</source>
        <translation>Sleutel ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <source>This app has no keys yet. Create one with “Create API Key”.</source>
        <translation>Deze app heeft nog geen sleutels. Maak er een met “API-sleutel maken”.</translation>
    </message>
    <message>
        <source>API keys of this app</source>
        <translation>API-sleutels van deze app</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gereed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>API Apps</source>
        <translation>API-apps</translation>
    </message>
    <message>
        <source>Create an App</source>
        <translation>App maken</translation>
    </message>
    <message>
        <source>Edit app</source>
        <translation>App bewerken</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App verwijderen</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Apps doorzoeken</translation>
    </message>
    <message>
        <source>Search by name or scope</source>
        <translation>Zoeken op naam of scope</translation>
    </message>
    <message>
        <source>API apps</source>
        <translation>API-apps</translation>
    </message>
    <message>
        <source>No apps yet. An app holds the scopes its API keys grant.</source>
        <translation>Nog geen apps. Een app bevat de scopes waartoe zijn API-sleutels toegang geven.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>ontbreekt.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2.</source>
        <translation>is geen geldige JSON: %1 bij byte %2.</translation>
    </message>
    <message>
        <source>must hold a JSON object.</source>
        <translation>moet een JSON-object bevatten.</translation>
    </message>
    <message>
        <source>is %1; this version of Scopekeeper reads format %2.</source>
        <translation>is %1; deze versie van Scopekeeper leest formaat %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid catalog id (lower-case letters, digits and “:._-”, at most 64 characters).</source>
        <translation>“%1” is geen geldige catalogus-id (kleine letters, cijfers en “:._-”, maximaal 64 tekens).</translation>
    </message>
    <message>
        <source>must be a non-empty array.</source>
        <translation>moet een niet-lege array zijn.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>moet een object zijn.</translation>
    </message>
    <message>
        <source>“%1” is used by another group.</source>
        <translation>“%1” wordt al door een andere groep gebruikt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid scope id (lower-case letters, digits and “:._-”, at most 64 characters).</source>
        <translation>“%1” is geen geldige scope-id (kleine letters, cijfers en “:._-”, maximaal 64 tekens).</translation>
    </message>
    <message>
        <source>“%1” is used by another scope.</source>
        <translation>“%1” wordt al door een andere scope gebruikt.</translation>
    </message>
    <message>
        <source>“%1” is not one of the catalog&apos;s groups.</source>
        <translation>“%1” is geen groep van de catalogus.</translation>
    </message>
    <message>
        <source>“%1” is not a built-in catalog; the built-in catalogs are %2.</source>
        <translation>“%1” is geen ingebouwde catalogus; de ingebouwde catalogi zijn %2.</translation>
    </message>
    <message>
        <source>The built-in catalog “%1” is missing.</source>
        <translation>De ingebouwde catalogus “%1” ontbreekt.</translation>
    </message>
    <message>
        <source>“%1” is neither a built-in catalog (%2) nor a file.</source>
        <translation>‘%1’ is geen ingebouwde catalogus (%2) en ook geen bestand.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>‘%1’ kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created the app “%1”.</source>
        <translation>App “%1” aangemaakt.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” hernoemd naar “%2”.</translation>
    </message>
    <message>
        <source>The scopes of “%1” are now: %2.</source>
        <translation>De scopes van “%1” zijn nu: %2.</translation>
    </message>
    <message>
        <source>Delete the app “%1” and every one of its keys (%2)? Services using them are refused from then on.</source>
        <translation>De app “%1” en al zijn sleutels (%2) verwijderen? Diensten die ze gebruiken, worden vanaf dan geweigerd.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Deleted the app “%1”.</source>
        <translation>App “%1” verwijderd.</translation>
    </message>
    <message>
        <source>The local store FILE (it must exist).</source>
        <translation>De lokale opslag BESTAND (die moet bestaan).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The scopekeeper-server at URL (https; http only to loopback).</source>
        <translation>De scopekeeper-server op URL (https; http alleen naar loopback).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --server: also trust the CA certificates in FILE (PEM) for that server.</source>
        <translation>Met --server: voor die server ook de CA-certificaten in BESTAND (PEM) vertrouwen.</translation>
    </message>
    <message>
        <source>table (default) or json; with export: the FILE to write (standard output when missing or -).</source>
        <translation>table (standaard) of json; bij export: het te schrijven BESTAND (standaarduitvoer als het ontbreekt of - is).</translation>
    </message>
    <message>
        <source>FORMAT|FILE</source>
        <translation>FORMAAT|BESTAND</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Verwijderen zonder te vragen.</translation>
    </message>
    <message>
        <source>A scope id (repeat it for several scopes).</source>
        <translation>Een scope-id (herhaal de optie voor meerdere scopes).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The app, by name.</source>
        <translation>De app, op naam.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>The new key&apos;s name.</source>
        <translation>De naam van de nieuwe sleutel.</translation>
    </message>
    <message>
        <source>The key, by name.</source>
        <translation>De sleutel, op naam.</translation>
    </message>
    <message>
        <source>The new key expires after DAYS days (default 90; at most a year).</source>
        <translation>De nieuwe sleutel verloopt na DAGEN dagen (standaard 90; hoogstens een jaar).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAGEN</translation>
    </message>
    <message>
        <source>Only keys that have not expired and expire within DAYS days.</source>
        <translation>Alleen sleutels die niet verlopen zijn en binnen DAGEN dagen verlopen.</translation>
    </message>
    <message>
        <source>Only keys not used for DAYS days (and keys never used, created more than DAYS days ago).</source>
        <translation>Alleen sleutels die DAGEN dagen niet zijn gebruikt (en nooit gebruikte sleutels die meer dan DAGEN dagen geleden zijn aangemaakt).</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export: csv of json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>audit: at most N entries (1 to 1000, default 100).</source>
        <translation>audit: hoogstens N vermeldingen (1 tot 1000, standaard 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Een van de bovenstaande opdrachten.</translation>
    </message>
    <message>
        <source>COMMAND [NAME...]</source>
        <translation>OPDRACHT [NAAM...]</translation>
    </message>
    <message>
        <source>Run “scopekeeper-cli --help” for the commands and options.</source>
        <translation>Voer “scopekeeper-cli --help” uit voor de opdrachten en opties.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Geef een opdracht op.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <source>“%1” takes %2 name(s) after it, not %3.</source>
        <translation>“%1” verwacht daarna %2 naam/namen, niet %3.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 hoort niet bij “%2”.</translation>
    </message>
    <message>
        <source>Give either --database FILE or --server URL.</source>
        <translation>Geef --database BESTAND of --server URL op.</translation>
    </message>
    <message>
        <source>--database: give the store&apos;s file.</source>
        <translation>--database: geef het bestand van de opslag op.</translation>
    </message>
    <message>
        <source>--ca-file goes with --server.</source>
        <translation>--ca-file hoort bij --server.</translation>
    </message>
    <message>
        <source>export: --output takes the FILE to write (“./%1” for a file named so); the format is --format csv|json.</source>
        <translation>export: --output verwacht het te schrijven BESTAND (“./%1” voor een bestand met die naam); het formaat is --format csv|json.</translation>
    </message>
    <message>
        <source>export: give --format csv or --format json.</source>
        <translation>export: geef --format csv of --format json op.</translation>
    </message>
    <message>
        <source>--output: “%1” is not table or json.</source>
        <translation>--output: “%1” is geen table of json.</translation>
    </message>
    <message>
        <source>keys create: give --app NAME and --name NAME.</source>
        <translation>keys create: geef --app NAAM en --name NAAM op.</translation>
    </message>
    <message>
        <source>--expires-in: “%1” is not a number of days.</source>
        <translation>--expires-in: “%1” is geen aantal dagen.</translation>
    </message>
    <message>
        <source>keys delete: give --app NAME and --key NAME.</source>
        <translation>keys delete: geef --app NAAM en --key NAAM op.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a number of days.</source>
        <translation>--%1: “%2” is geen aantal dagen.</translation>
    </message>
    <message>
        <source>--limit: “%1” is not a number from 1 to 1000.</source>
        <translation>--limit: “%1” is geen getal van 1 tot 1000.</translation>
    </message>
    <message>
        <source>verify: give one --scope ID; the key is read from standard input.</source>
        <translation>verify: geef één --scope ID op; de sleutel wordt van standaardinvoer gelezen.</translation>
    </message>
    <message>
        <source>No app is named “%1”.</source>
        <translation>Er is geen app met de naam “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no key named “%2”.</source>
        <translation>“%1” heeft geen sleutel met de naam “%2”.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Created the key “%1” of “%2” (%3…), expiring %4. Its secret is shown this once.</source>
        <translation>Sleutel “%1” van “%2” (%3…) aangemaakt, verloopt op %4. Het geheim wordt alleen deze ene keer getoond.</translation>
    </message>
    <message>
        <source>Delete the key “%1” (%2…) of “%3”? Services using it are refused from then on.</source>
        <translation>De sleutel “%1” (%2…) van “%3” verwijderen? Diensten die hem gebruiken, worden vanaf dan geweigerd.</translation>
    </message>
    <message>
        <source>Deleted the key “%1” of “%2”.</source>
        <translation>Sleutel “%1” van “%2” verwijderd.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>%1 rijen naar “%2” geschreven.</translation>
    </message>
    <message>
        <source>Key: </source>
        <translation>Sleutel: </translation>
    </message>
    <message>
        <source>Give the key on standard input.</source>
        <translation>Geef de sleutel op via standaardinvoer.</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SLEUTELS</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>AANGEMAAKT DOOR</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>AANGEMAAKT</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>scopes</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>aangemaakt door</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>VERLOOPT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>LAATST GEBRUIKT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTAAT</translation>
    </message>
    <message>
        <source>No administrator token for %1: set %2, or connect once with the console (scopekeeper --server %1) and remember the token in the keychain. (%3)</source>
        <translation>Geen beheerderstoken voor %1: stel %2 in, of maak eenmaal verbinding met de console (scopekeeper --server %1) en laat het token onthouden in de sleutelhanger. (%3)</translation>
    </message>
    <message>
        <source>--database: there is no store at “%1”. scopekeeper-cli creates none; the console or scopekeeper-server makes one.</source>
        <translation>--database: er is geen opslag op “%1”. scopekeeper-cli maakt er geen aan; de console of scopekeeper-server maakt er een.</translation>
    </message>
    <message>
        <source>scopekeeper-cli: scoped API apps and their keys, from scripts. It works on a local store (--database FILE, which must exist) or on a scopekeeper-server (--server URL, with the administrator token from SCOPEKEEPER_TOKEN, or else the one the console keeps in the keychain for that server).

Commands:
  apps list                         every app
  apps show NAME                    one app and its keys
  apps create NAME --scope ID...    a new app with these scopes
  apps rename NAME NEW              renames an app
  apps set-scopes NAME --scope ID...
                                    replaces an app&apos;s scopes (its keys follow at once)
  apps delete NAME [--yes]          deletes an app and every one of its keys
  keys list [--app NAME] [--expiring-within DAYS] [--unused-for DAYS]
                                    keys; those expiring within DAYS days, or not used
                                    for DAYS days (never used and older than that)
  keys create --app NAME --name NAME [--expires-in DAYS]
                                    a new key (90 days unless said); its secret goes to
                                    standard output, alone, and is never shown again
  keys roll --app NAME --key NAME [--grace DURATION] [--name NAME] [--expires-in DAYS]
                                    a new key in place of KEY, with its scopes (its
                                    secret to standard output, alone); KEY stops after
                                    DURATION (0, 90s, 30m, 1h, 24h, 7d; 24h unless
                                    said; at most 30d and the key&apos;s expiry). The new
                                    key is named “KEY (rolled DATE)” unless --name
  keys delete --app NAME --key NAME [--yes]
                                    deletes a key: services refuse it from then on
  export --format csv|json [--output FILE]
                                    the inventory: every key, and every app with no
                                    keys (never a secret); to standard output unless FILE
  audit [--limit N]                 the audit log, newest first (100 entries unless said)
  verify --scope ID                 may the key read from standard input use scope ID?
                                    Exit code 0 when it may, 1 when not

Listings and changed apps go to standard output, as a table or, with --output json, as JSON; messages and questions go to standard error. Deleting asks first on a terminal unless --yes is given; when standard input is not a terminal it does not ask.
Exit codes: 0 done, 1 refused or failed (the message names the field), 2 a usage error.</source>
        <translation>scopekeeper-cli: API-apps met scopes en hun sleutels, vanuit scripts. Het werkt met een lokale opslag (--database BESTAND, die moet bestaan) of met een scopekeeper-server (--server URL, met het beheerderstoken uit SCOPEKEEPER_TOKEN, of anders het token dat de console voor die server in de sleutelhanger bewaart).

Opdrachten:
  apps list                         alle apps
  apps show NAAM                    één app en zijn sleutels
  apps create NAAM --scope ID...    een nieuwe app met deze scopes
  apps rename NAAM NIEUW            hernoemt een app
  apps set-scopes NAAM --scope ID...
                                    vervangt de scopes van een app (de sleutels volgen meteen)
  apps delete NAAM [--yes]          verwijdert een app en al zijn sleutels
  keys list [--app NAAM] [--expiring-within DAGEN] [--unused-for DAGEN]
                                    sleutels; die binnen DAGEN dagen verlopen, of die DAGEN
                                    dagen niet zijn gebruikt (nooit gebruikt en ouder dan dat)
  keys create --app NAAM --name NAAM [--expires-in DAGEN]
                                    een nieuwe sleutel (90 dagen tenzij opgegeven); het geheim
                                    gaat alleen naar standaarduitvoer en wordt nooit meer getoond
  keys roll --app NAAM --key NAAM [--grace DUUR] [--name NAAM] [--expires-in DAGEN]
                                    een nieuwe sleutel in plaats van SLEUTEL, met dezelfde scopes
                                    (het geheim alleen naar standaarduitvoer); SLEUTEL werkt
                                    niet meer na DUUR (0, 90s, 30m, 1h, 24h, 7d; 24h tenzij
                                    opgegeven; hoogstens 30d en de vervaldatum van de sleutel).
                                    De nieuwe sleutel heet “SLEUTEL (geroteerd DATUM)” tenzij --name
  keys delete --app NAAM --key NAAM [--yes]
                                    verwijdert een sleutel: diensten weigeren hem vanaf dan
  export --format csv|json [--output BESTAND]
                                    de inventaris: elke sleutel, en elke app zonder
                                    sleutels (nooit een geheim); naar standaarduitvoer tenzij BESTAND
  audit [--limit N]                 het auditlogboek, nieuwste eerst (100 vermeldingen tenzij opgegeven)
  verify --scope ID                 mag de van standaardinvoer gelezen sleutel scope ID gebruiken?
                                    Afsluitcode 0 als dat mag, 1 als niet

Overzichten en gewijzigde apps gaan naar standaarduitvoer, als tabel of, met --output json, als JSON; meldingen en vragen gaan naar standaardfout. Verwijderen vraagt eerst om bevestiging op een terminal, tenzij --yes is opgegeven; als standaardinvoer geen terminal is, wordt niets gevraagd.
Afsluitcodes: 0 gelukt, 1 geweigerd of mislukt (de melding noemt het veld), 2 een gebruiksfout.</translation>
    </message>
    <message>
        <source>keys roll: how long the old key keeps working: 0, 90s, 30m, 1h, 24h, 7d (default 24h; at most 30 days).</source>
        <translation>keys roll: hoe lang de oude sleutel blijft werken: 0, 90s, 30m, 1h, 24h, 7d (standaard 24h; hoogstens 30 dagen).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DUUR</translation>
    </message>
    <message>
        <source>keys roll: give --app NAME and --key NAME.</source>
        <translation>keys roll: geef --app NAAM en --key NAAM op.</translation>
    </message>
    <message>
        <source>--grace: “%1” is not a duration; give 0, 90s, 30m, 1h, 24h or 7d.</source>
        <translation>--grace: “%1” is geen duur; geef 0, 90s, 30m, 1h, 24h of 7d op.</translation>
    </message>
    <message>
        <source>Rolled the key “%1” of “%2”: it stops %3. The new key “%4” (%5…) expires %6; its secret is shown this once.</source>
        <translation>Sleutel “%1” van “%2” geroteerd: hij werkt niet meer vanaf %3. De nieuwe sleutel “%4” (%5…) verloopt op %6; het geheim wordt alleen deze ene keer getoond.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://keys.example.com:8443</source>
        <translation>https://keys.example.com:8443</translation>
    </message>
    <message>
        <source>Administrator &amp;token:</source>
        <translation>Beheerders&amp;token:</translation>
    </message>
    <message>
        <source>Administrator token</source>
        <translation>Beheerderstoken</translation>
    </message>
    <message>
        <source>ska_…</source>
        <translation>ska_…</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the keychain</source>
        <translation>Token in de sleutelhanger &amp;onthouden</translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <translation>CA-&amp;certificaatbestand:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Only for a server whose certificate was issued by your own CA: the PEM file of that CA. Leave empty to trust the system&apos;s CA certificates only.</source>
        <translation>Alleen voor een server waarvan het certificaat is uitgegeven door uw eigen CA: het PEM-bestand van die CA. Laat dit veld leeg om alleen de CA-certificaten van het systeem te vertrouwen.</translation>
    </message>
    <message>
        <source>Optional: the PEM file of your own CA</source>
        <translation>Optioneel: het PEM-bestand van uw eigen CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Naar het CA-certificaatbestand bladeren</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create new API key</source>
        <translation>Nieuwe API-sleutel maken</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>Sleutel&amp;naam:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Sleutelnaam</translation>
    </message>
    <message>
        <source>For example: Nightly deployment</source>
        <translation>Bijvoorbeeld: Nachtelijke implementatie</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Verloopt na:</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Verloopt na</translation>
    </message>
    <message>
        <source>Expiry &amp;date:</source>
        <translation>Verval&amp;datum:</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>&amp;All of the app&apos;s scopes</source>
        <translation>&amp;Alle scopes van de app</translation>
    </message>
    <message>
        <source>All of the app&apos;s scopes</source>
        <translation>Alle scopes van de app</translation>
    </message>
    <message>
        <source>&amp;Only these scopes:</source>
        <translation>Alleen d&amp;eze scopes:</translation>
    </message>
    <message>
        <source>Only these scopes</source>
        <translation>Alleen deze scopes</translation>
    </message>
    <message>
        <source>Scopes of the key</source>
        <translation>Scopes van de sleutel</translation>
    </message>
</context>
<context>
    <name>DeleteFlows</name>
    <message>
        <source>Delete the API key “%1” of “%2”?</source>
        <translation>API-sleutel “%1” van “%2” verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API key(s)?</source>
        <translation>
            <numerusform>%n API-sleutel verwijderen?</numerusform>
            <numerusform>%n API-sleutels verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API key</source>
        <translation>API-sleutel verwijderen</translation>
    </message>
    <message>
        <source>A service that uses %1 stops working at once. This cannot be undone: a deleted key cannot be restored.</source>
        <translation>Een dienst die %1 gebruikt, werkt meteen niet meer. Dit kan niet ongedaan worden gemaakt: een verwijderde sleutel kan niet worden hersteld.</translation>
    </message>
    <message>
        <source>this key</source>
        <translation>deze sleutel</translation>
    </message>
    <message>
        <source>one of these keys</source>
        <translation>een van deze sleutels</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n API-sleutel verwijderd.</numerusform>
            <numerusform>%n API-sleutels verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every key could be deleted:
%1</source>
        <translation>Niet alle sleutels konden worden verwijderd:
%1</translation>
    </message>
    <message>
        <source>It has no API keys. This cannot be undone.</source>
        <translation>Deze app heeft geen API-sleutels. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n API key(s) will stop working at once. This cannot be undone.</source>
        <translation>
            <numerusform>Deze app heeft %n API-sleutel; die werkt dan meteen niet meer. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Deze app heeft %n API-sleutels; die werken dan meteen niet meer. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App verwijderen</translation>
    </message>
    <message>
        <source>Delete the app “%1”?</source>
        <translation>De app “%1” verwijderen?</translation>
    </message>
    <message>
        <source>App “%1” deleted.</source>
        <translation>App “%1” verwijderd.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>“%1” kon niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <comment>a key&apos;s name: why it was not deleted</comment>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Delete the API key “%1”?</source>
        <translation>API-sleutel “%1” verwijderen?</translation>
    </message>
    <message>
        <source>Deleting an API key is permanent: it cannot be undone. Applications using it will stop working.</source>
        <translation>Het verwijderen van een API-sleutel is definitief: het kan niet ongedaan worden gemaakt. Toepassingen die de sleutel gebruiken, werken dan niet meer.</translation>
    </message>
</context>
<context>
    <name>KeyFlow</name>
    <message>
        <source>The key may have been created</source>
        <translation>De sleutel is mogelijk gemaakt</translation>
    </message>
    <message>
        <source>The answer to creating the key “%1” of “%2” was lost on its way, and the server now lists a key “%1” created by you at %3.</source>
        <translation>Het antwoord op het maken van de sleutel ‘%1’ van ‘%2’ is onderweg verloren gegaan, en de server toont nu een sleutel ‘%1’ die u om %3 hebt gemaakt.</translation>
    </message>
    <message>
        <source>Its secret never reached the console, and it cannot be shown again: nobody can use this key. Delete it, then create a new key to get a secret.</source>
        <translation>Het geheim ervan heeft de console nooit bereikt en kan niet opnieuw worden getoond: niemand kan deze sleutel gebruiken. Verwijder hem en maak dan een nieuwe sleutel om een geheim te krijgen.</translation>
    </message>
    <message>
        <source>&amp;Delete Key…</source>
        <translation>Sleutel &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behouden</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>API Keys</source>
        <translation>API-sleutels</translation>
    </message>
    <message>
        <source>+ New API key</source>
        <translation>+ Nieuwe API-sleutel</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nieuwe API-sleutel</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <source>Delete selected keys</source>
        <translation>Geselecteerde sleutels verwijderen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Sleutels doorzoeken</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-sleutels</translation>
    </message>
    <message>
        <source>No API keys yet. Create an app first, then its keys.</source>
        <translation>Nog geen API-sleutels. Maak eerst een app en daarna de sleutels ervan.</translation>
    </message>
    <message>
        <source>Search by key, app, prefix or scope</source>
        <translation>Zoeken op sleutel, app, prefix of scope</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scopekeeper</source>
        <translation>Scopekeeper</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>API Apps</source>
        <translation>API-apps</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-sleutels</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo-opslag</translation>
    </message>
    <message>
        <source>Demo store: its apps and keys are for demonstration and training only. Its keys work nowhere else.</source>
        <translation>Demo-opslag: de apps en sleutels zijn alleen bedoeld voor demonstratie en training. De sleutels werken nergens anders.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Recent Stores</source>
        <translation>&amp;Recente opslag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Local Store…</source>
        <translation>&amp;Nieuwe lokale opslag…</translation>
    </message>
    <message>
        <source>&amp;Open Local Store…</source>
        <translation>Lokale opslag &amp;openen…</translation>
    </message>
    <message>
        <source>New &amp;Demo Store</source>
        <translation>Nieuwe &amp;demo-opslag</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Verbinden met &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Disconnect from the server and delete its token from the keychain</source>
        <translation>De verbinding met de server verbreken en het token ervan uit de sleutelhanger verwijderen</translation>
    </message>
    <message>
        <source>Create an &amp;App…</source>
        <translation>&amp;App maken…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;About Scopekeeper</source>
        <translation>&amp;Over Scopekeeper</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Vernieu&amp;wen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect to the server again with a valid administrator token</source>
        <translation>Opnieuw verbinden met de server met een geldig beheerderstoken</translation>
    </message>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>&amp;Back-up van opslag maken…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Show the keys that expire soon</source>
        <translation>De sleutels tonen die binnenkort verlopen</translation>
    </message>
    <message>
        <source>Open the API Keys page showing only these keys</source>
        <translation>De pagina “API-sleutels” openen met alleen deze sleutels</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminder</source>
        <translation>De herinnering aan het verlopen sluiten</translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>Inventaris &amp;exporteren…</translation>
    </message>
    <message>
        <source>Write every key and app, without secrets, to a CSV or JSON file for a compliance review</source>
        <translation>Alle sleutels en apps, zonder geheimen, naar een CSV- of JSON-bestand schrijven voor een compliancecontrole</translation>
    </message>
</context>
<context>
    <name>OneTimeKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Nieuwe API-sleutel</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again.</source>
        <translation>Kopieer deze sleutel nu. Hij wordt niet opnieuw getoond.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>Read-only. Copy this key now. It will not be shown again.</source>
        <translation>Alleen-lezen. Kopieer deze sleutel nu. Hij wordt niet opnieuw getoond.</translation>
    </message>
    <message>
        <source>&amp;Copy and Close</source>
        <translation>&amp;Kopiëren en sluiten</translation>
    </message>
    <message>
        <source>Copy and Close</source>
        <translation>Kopiëren en sluiten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Clear a copied key from the clipboard &amp;after:</source>
        <translation>Gekopieerde sleutel van het klembord wissen &amp;na:</translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation>Wachttijd voor het wissen van het klembord in seconden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Default expiry of new keys:</source>
        <translation>Nieuwe sleutels &amp;verlopen standaard na:</translation>
    </message>
    <message>
        <source>Default expiry of new keys</source>
        <translation>Standaardvervaltermijn van nieuwe sleutels</translation>
    </message>
    <message>
        <source>A copied key is cleared only if the clipboard still holds it, and always when Scopekeeper quits.</source>
        <translation>Een gekopieerde sleutel wordt alleen gewist als hij nog op het klembord staat, en altijd wanneer Scopekeeper wordt afgesloten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used when Scopekeeper starts again.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer Scopekeeper opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>&amp;Refresh the page on screen:</source>
        <translation>&amp;Pagina op het scherm vernieuwen:</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatisch vernieuwen</translation>
    </message>
    <message>
        <source>Shows changes made elsewhere (another console, the server) without F5</source>
        <translation>Toont wijzigingen die elders zijn aangebracht (in een andere console, op de server) zonder F5</translation>
    </message>
    <message>
        <source>Remind me of keys that e&amp;xpire within:</source>
        <translation>Herinneren aan sleutels die verlopen &amp;binnen:</translation>
    </message>
    <message>
        <source>Expiry reminder in days</source>
        <translation>Herinnering aan verlopen in dagen</translation>
    </message>
    <message>
        <source>When the store opens and after each refresh, the window says how many keys expire within this many days; 0 turns the reminder off</source>
        <translation>Bij het openen van de opslag en na elke vernieuwing meldt het venster hoeveel sleutels binnen dit aantal dagen verlopen; 0 schakelt de herinnering uit</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>A key is &amp;unused when not used in:</source>
        <translation>Een sleutel is &amp;ongebruikt als hij niet is gebruikt in:</translation>
    </message>
    <message>
        <source>Days without use of an unused key</source>
        <translation>Dagen zonder gebruik van een ongebruikte sleutel</translation>
    </message>
    <message>
        <source>The API Keys page&apos;s “Not used in N days” filter; a key never used counts from its creation</source>
        <translation>Het filter “Niet gebruikt in N dagen” van de pagina “API-sleutels”; voor een nooit gebruikte sleutel telt de tijd vanaf het aanmaken</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: “%1” is an auditor, who reads apps, keys and the activity and changes nothing.</source>
        <translation>Alleen lezen: ‘%1’ is auditor, die apps, sleutels en de activiteit leest en niets wijzigt.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 is %2 tekens lang; maximaal %3 zijn toegestaan.</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks, tabs or other control characters.</source>
        <translation>%1 mag geen regeleinden, tabs of andere besturingstekens bevatten.</translation>
    </message>
    <message>
        <source>%1 must not contain text-direction control characters.</source>
        <translation>%1 mag geen besturingstekens voor de tekstrichting bevatten.</translation>
    </message>
    <message>
        <source>%1 must contain at least one visible character.</source>
        <translation>%1 moet ten minste één zichtbaar teken bevatten.</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Appnaam</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Sleutelnaam</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Kies ten minste één scope.</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>Kies een vervaldatum.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>De vervaldatum moet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The expiry date must be at most one year from now (%1 at the latest).</source>
        <translation>De vervaldatum mag hoogstens een jaar in de toekomst liggen (uiterlijk %1).</translation>
    </message>
    <message>
        <source>An app named “%1” already exists.</source>
        <translation>Er bestaat al een app met de naam “%1”.</translation>
    </message>
    <message>
        <source>This app already has a key named “%1”.</source>
        <translation>Deze app heeft al een sleutel met de naam “%1”.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a scope id in quotation marks</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Not in this store&apos;s scope catalog (%1): %2.</source>
        <extracomment>%1: the catalog&apos;s id; %2: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”</extracomment>
        <translation>Niet in de scopecatalogus van deze opslag (%1): %2.</translation>
    </message>
    <message>
        <source>%1 must not contain invisible characters; it holds U+%2.</source>
        <translation>%1 mag geen onzichtbare tekens bevatten; er staat U+%2 in.</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Beheerdersnaam</translation>
    </message>
    <message>
        <source>“%1” looks like the existing app “%2”; choose a name that cannot be mistaken for it.</source>
        <translation>“%1” lijkt op de bestaande app “%2”; kies een naam die er niet mee verward kan worden.</translation>
    </message>
    <message>
        <source>A page holds 1 to %1 rows.</source>
        <translation>Een pagina bevat 1 tot %1 rijen.</translation>
    </message>
    <message>
        <source>A key may only have scopes of its app; the app does not have %1.</source>
        <extracomment>%1: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”</extracomment>
        <translation>Een sleutel mag alleen scopes van zijn app hebben; de app heeft %1 niet.</translation>
    </message>
    <message numerus="yes">
        <source>The grace must be between 0 (stop the old key at once) and %n day(s).</source>
        <translation>
            <numerusform>De overgangsperiode moet tussen 0 (de oude sleutel meteen stoppen) en %n dag liggen.</numerusform>
            <numerusform>De overgangsperiode moet tussen 0 (de oude sleutel meteen stoppen) en %n dagen liggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This key has expired: create a new key instead of rolling it.</source>
        <translation>Deze sleutel is verlopen: maak een nieuwe sleutel aan in plaats van hem te roteren.</translation>
    </message>
    <message>
        <source>This key is already being rolled: it stops at %1 UTC. Roll the key that replaced it instead.</source>
        <translation>Deze sleutel wordt al geroteerd: hij werkt niet meer vanaf %1 UTC. Roteer in plaats daarvan de sleutel die hem heeft vervangen.</translation>
    </message>
    <message>
        <source>%1 (rolled %2)</source>
        <translation>%1 (geroteerd %2)</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>The store cannot be written (%1): %2</source>
        <translation>Er kan niet naar de opslag worden geschreven (%1): %2</translation>
    </message>
    <message>
        <source>The store failed while %1: %2</source>
        <translation>Fout in de opslag bij %1: %2</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>De opslag is niet geopend.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Er is geen opslagbestand opgegeven.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a Scopekeeper store file.</source>
        <translation>“%1” is een map of een apparaat, geen opslagbestand van Scopekeeper.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Scopekeeper store (it is not an SQLite database). It was not changed.</source>
        <translation>“%1” is geen Scopekeeper-opslag (het is geen SQLite-database). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no store at “%1”.</source>
        <translation>Er is geen opslag op “%1”.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be created: the folder “%2” cannot be created.</source>
        <translation>De opslag “%1” kan niet worden aangemaakt: de map “%2” kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written: %2 is read-only. Scopekeeper needs to write the file and the folder it is in.</source>
        <translation>Er kan niet naar de opslag “%1” worden geschreven: %2 is alleen-lezen. Scopekeeper moet naar het bestand en de map waarin het staat kunnen schrijven.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>the folder “%1”</source>
        <translation>de map “%1”</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Het SQLite-stuurprogramma van Qt (QSQLITE) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>opening “%1”</source>
        <translation>het openen van “%1”</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>het inschakelen van foreign keys</translation>
    </message>
    <message>
        <source>enabling the write-ahead log</source>
        <translation>het inschakelen van het write-ahead log</translation>
    </message>
    <message>
        <source>setting the sync mode</source>
        <translation>het instellen van de synchronisatiemodus</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The PostgreSQL database cannot be reached: %1</source>
        <translation>De PostgreSQL-database is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>het vergrendelen van het schema</translation>
    </message>
    <message>
        <source>“%1” is not a Scopekeeper store (it cannot be read as a database). It was not changed.</source>
        <translation>“%1” is geen Scopekeeper-opslag (het kan niet als database worden gelezen). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>het lezen van de tabellen van de database</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Scopekeeper store. It was not changed.</source>
        <translation>“%1” is een database, maar geen Scopekeeper-opslag. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>reading the store&apos;s description</source>
        <translation>het lezen van de beschrijving van de opslag</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Scopekeeper (store format %2; this version reads up to %3). Update Scopekeeper to open it. It was not changed.</source>
        <translation>“%1” is geschreven door een nieuwere versie van Scopekeeper (opslagformaat %2; deze versie leest tot en met %3). Werk Scopekeeper bij om deze opslag te openen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” has a damaged store description (no format version). It was not changed.</source>
        <translation>“%1” heeft een beschadigde opslagbeschrijving (geen formaatversie). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>creating the store</source>
        <translation>het aanmaken van de opslag</translation>
    </message>
    <message>
        <source>upgrading the store</source>
        <translation>het upgraden van de opslag</translation>
    </message>
    <message>
        <source>the store&apos;s catalog</source>
        <translation>Catalogus van de opslag</translation>
    </message>
    <message>
        <source>listing the apps</source>
        <translation>het ophalen van de apps</translation>
    </message>
    <message>
        <source>reading the app</source>
        <translation>het lezen van de app</translation>
    </message>
    <message>
        <source>The app does not exist (any more).</source>
        <translation>De app bestaat niet (meer).</translation>
    </message>
    <message>
        <source>No app has this id.</source>
        <translation>Er is geen app met deze id.</translation>
    </message>
    <message>
        <source>reading the app&apos;s scopes</source>
        <translation>het lezen van de scopes van de app</translation>
    </message>
    <message>
        <source>creating the app</source>
        <translation>het aanmaken van de app</translation>
    </message>
    <message>
        <source>changing the app</source>
        <translation>het wijzigen van de app</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since it was loaded. Reload it to see the changes, then make yours again.</source>
        <translation>“%1” is door iemand anders gewijzigd nadat de app werd geladen. Laad de app opnieuw om die wijzigingen te zien en breng daarna uw eigen wijzigingen opnieuw aan.</translation>
    </message>
    <message>
        <source>renaming the app</source>
        <translation>het hernoemen van de app</translation>
    </message>
    <message>
        <source>changing the app&apos;s scopes</source>
        <translation>het wijzigen van de scopes van de app</translation>
    </message>
    <message>
        <source>deleting the app</source>
        <translation>het verwijderen van de app</translation>
    </message>
    <message>
        <source>listing the app&apos;s keys</source>
        <translation>het ophalen van de sleutels van de app</translation>
    </message>
    <message>
        <source>listing the keys</source>
        <translation>het ophalen van de sleutels</translation>
    </message>
    <message>
        <source>creating the key</source>
        <translation>het aanmaken van de sleutel</translation>
    </message>
    <message>
        <source>deleting the key</source>
        <translation>het verwijderen van de sleutel</translation>
    </message>
    <message>
        <source>The key does not exist (any more).</source>
        <translation>De sleutel bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This app has no key with this id.</source>
        <translation>Deze app heeft geen sleutel met deze id.</translation>
    </message>
    <message>
        <source>verifying a key</source>
        <translation>het verifiëren van een sleutel</translation>
    </message>
    <message>
        <source>recording when keys were last used</source>
        <translation>het vastleggen wanneer sleutels het laatst zijn gebruikt</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>het schrijven naar het activiteitenlogboek</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>het lezen van het activiteitenlogboek</translation>
    </message>
    <message>
        <source>An administrator token hash must be SHA-256 hex.</source>
        <translation>De hash van een beheerderstoken moet een hexadecimale SHA-256-waarde zijn.</translation>
    </message>
    <message>
        <source>An administrator named “%1” already exists.</source>
        <translation>Er bestaat al een beheerder met de naam “%1”.</translation>
    </message>
    <message>
        <source>creating the administrator</source>
        <translation>het aanmaken van de beheerder</translation>
    </message>
    <message>
        <source>checking an administrator token</source>
        <translation>het controleren van een beheerderstoken</translation>
    </message>
    <message>
        <source>The administrator token was not recognised.</source>
        <translation>Het beheerderstoken is niet herkend.</translation>
    </message>
    <message>
        <source>The demo needs the “%1” catalog.</source>
        <translation>De demo heeft de catalogus “%1” nodig.</translation>
    </message>
    <message>
        <source>The role is “admin” or “auditor”, not “%1”.</source>
        <translation>De rol is “admin” of “auditor”, niet “%1”.</translation>
    </message>
    <message>
        <source>An administrator token expires within %1 days.</source>
        <translation>Een beheerderstoken verloopt binnen %1 dagen.</translation>
    </message>
    <message>
        <source>listing the administrators</source>
        <translation>het opsommen van de beheerders</translation>
    </message>
    <message>
        <source>revoking the administrator</source>
        <translation>het intrekken van de beheerder</translation>
    </message>
    <message>
        <source>There is no administrator named “%1”.</source>
        <translation>Er is geen beheerder met de naam “%1”.</translation>
    </message>
    <message>
        <source>The disk that holds the store is full, so %1 did not happen; nothing was changed. Free some space on it (the store is %2) and try again.</source>
        <translation>De schijf met de opslag is vol, dus %1 is niet gebeurd; er is niets gewijzigd. Maak er ruimte vrij (de opslag is %2) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A store on PostgreSQL is backed up with pg_dump, not here.</source>
        <translation>Een opslag op PostgreSQL maakt u een back-up van met pg_dump, niet hier.</translation>
    </message>
    <message>
        <source>“%1” exists already; a backup never overwrites a file.</source>
        <translation>‘%1’ bestaat al; een back-up overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>De map ‘%1’ kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>‘%1’ kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>het schrijven van de back-up</translation>
    </message>
    <message>
        <source>The connection to the database (%1) was lost, so %2 may not have happened. Try again once the database can be reached.</source>
        <translation>De verbinding met de database (%1) is verbroken, dus %2 is mogelijk niet gebeurd. Probeer het opnieuw zodra de database bereikbaar is.</translation>
    </message>
    <message>
        <source>Another program holds the store locked (the store is %2), so %1 did not happen; nothing was changed. Try again in a moment; if it stays locked, close the other program that has it open.</source>
        <translation>Een ander programma houdt de opslag vergrendeld (de opslag is %2), dus %1 is niet gebeurd; er is niets gewijzigd. Probeer het zo opnieuw; blijft hij vergrendeld, sluit dan het andere programma dat hem open heeft.</translation>
    </message>
    <message>
        <source>The database (%1) cannot be reached: %2</source>
        <translation>De database (%1) is niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full, so the backup was not written; nothing was left behind. Free some space on it, or choose another place, and try again.</source>
        <translation>De schijf met ‘%1’ is vol, dus de back-up is niet geschreven; er is niets achtergebleven. Maak er ruimte vrij of kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The page position is not one this store gave.</source>
        <translation>Deze paginapositie komt niet van deze opslag.</translation>
    </message>
    <message>
        <source>listing your keys</source>
        <translation>het ophalen van uw sleutels</translation>
    </message>
    <message>
        <source>This store scopes each key on its own (per-key): it has no apps. Create personal keys instead (User API Keys).</source>
        <translation>Deze opslag kent de scopes per sleutel afzonderlijk toe (per-key): hij heeft geen apps. Maak in plaats daarvan persoonlijke sleutels (Gebruikers-API-sleutels).</translation>
    </message>
    <message>
        <source>You have no key with this id.</source>
        <translation>U hebt geen sleutel met deze id.</translation>
    </message>
    <message>
        <source>rolling the key</source>
        <translation>het roteren van de sleutel</translation>
    </message>
</context>
<context>
    <name>UserKeysPage</name>
    <message>
        <source>User API Keys</source>
        <translation>Gebruikers-API-sleutels</translation>
    </message>
    <message>
        <source>+ New API key</source>
        <translation>+ Nieuwe API-sleutel</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nieuwe API-sleutel</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <source>Delete selected keys</source>
        <translation>Geselecteerde sleutels verwijderen</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Sleutels doorzoeken</translation>
    </message>
    <message>
        <source>Search by key name, prefix or scope</source>
        <translation>Zoeken op sleutelnaam, prefix of scope</translation>
    </message>
    <message>
        <source>User API keys</source>
        <translation>Gebruikers-API-sleutels</translation>
    </message>
    <message>
        <source>No API keys yet. “+ New API key” makes one, with the scopes you choose.</source>
        <translation>Nog geen API-sleutels. “+ Nieuwe API-sleutel” maakt er een, met de scopes die u kiest.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Scopekeeper cannot start</source>
        <translation>Scopekeeper kan niet starten</translation>
    </message>
</context>
<context>
    <name>sk::ActivityPage</name>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
</context>
<context>
    <name>sk::AppDialog</name>
    <message>
        <source>Untitled app</source>
        <translation>Naamloze app</translation>
    </message>
    <message>
        <source>App “%1” created.</source>
        <translation>App “%1” aangemaakt.</translation>
    </message>
    <message>
        <source>The app is created. Create its first API key, or choose Done and create keys later.</source>
        <translation>De app is aangemaakt. Maak nu de eerste API-sleutel, of kies Gereed en maak later sleutels aan.</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Aangemaakt door %1 op %2</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Wijzigingen in “%1” opgeslagen.</translation>
    </message>
    <message>
        <source>App changed elsewhere</source>
        <translation>App elders gewijzigd</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it.</source>
        <translation>“%1” is door iemand anders gewijzigd nadat u de app hebt geopend.</translation>
    </message>
    <message>
        <source>Reload it to see the current name and scopes; your changes here will be discarded. Nothing was overwritten.</source>
        <translation>Laad de app opnieuw om de huidige naam en scopes te zien; uw wijzigingen hier worden dan verworpen. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Not saved: the app was changed elsewhere. Reload it before saving.</source>
        <translation>Niet opgeslagen: de app is elders gewijzigd. Laad de app opnieuw voordat u opslaat.</translation>
    </message>
    <message>
        <source>Reloaded “%1”.</source>
        <translation>“%1” opnieuw geladen.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <source>You changed “%1” but did not save.</source>
        <translation>U hebt “%1” gewijzigd, maar niet opgeslagen.</translation>
    </message>
    <message>
        <source>Discard your changes to the name and scopes?</source>
        <translation>Uw wijzigingen in de naam en scopes verwerpen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No answer came back for the app “%1”: it may have been created. Checking with the server; it is not created again meanwhile.</source>
        <translation>Er kwam geen antwoord terug voor de app ‘%1’: hij is mogelijk gemaakt. De server wordt gevraagd; hij wordt intussen niet opnieuw gemaakt.</translation>
    </message>
    <message>
        <source>The app “%1” may have been created, and the server cannot say: %2 Look for it in the list before creating it again.</source>
        <translation>De app ‘%1’ is mogelijk gemaakt, en de server kan het niet zeggen: %2 Zoek hem in de lijst voordat u hem opnieuw maakt.</translation>
    </message>
    <message>
        <source>App “%1” created (its answer was lost on the way; the server has it).</source>
        <translation>App ‘%1’ gemaakt (het antwoord ging onderweg verloren; de server heeft hem).</translation>
    </message>
    <message>
        <source>The server has no app “%1”: it was not created, and nothing was changed. Next creates it now.</source>
        <translation>De server heeft geen app ‘%1’: hij is niet gemaakt, en er is niets gewijzigd. ‘Volgende’ maakt hem nu.</translation>
    </message>
    <message>
        <source>Roll key…</source>
        <translation>Sleutel roteren…</translation>
    </message>
</context>
<context>
    <name>sk::AppListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n sleutel</numerusform>
            <numerusform>%n sleutels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::AppsPage</name>
    <message>
        <source>Edit app</source>
        <translation>App bewerken</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App verwijderen</translation>
    </message>
    <message>
        <source>Create an App</source>
        <translation>App maken</translation>
    </message>
    <message>
        <source>Create an app (%1)</source>
        <translation>Een app maken (%1)</translation>
    </message>
    <message>
        <source>Edit the selected app (%1)</source>
        <translation>De geselecteerde app bewerken (%1)</translation>
    </message>
    <message>
        <source>Delete the selected app (%1)</source>
        <translation>De geselecteerde app verwijderen (%1)</translation>
    </message>
    <message>
        <source>View app</source>
        <translation>App bekijken</translation>
    </message>
    <message>
        <source>View the selected app (%1)</source>
        <translation>De geselecteerde app bekijken (%1)</translation>
    </message>
</context>
<context>
    <name>sk::AuditLogModel</name>
    <message>
        <source>Created app</source>
        <translation>App aangemaakt</translation>
    </message>
    <message>
        <source>Changed app</source>
        <translation>App gewijzigd</translation>
    </message>
    <message>
        <source>Deleted app</source>
        <translation>App verwijderd</translation>
    </message>
    <message>
        <source>Created key</source>
        <translation>Sleutel aangemaakt</translation>
    </message>
    <message>
        <source>Deleted key</source>
        <translation>Sleutel verwijderd</translation>
    </message>
    <message>
        <source>prefix %1, expires %2</source>
        <translation>prefix %1, verloopt op %2</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>hernoemd van “%1”</translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation>scopes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted with it</source>
        <translation>
            <numerusform>%n sleutel mee verwijderd</numerusform>
            <numerusform>%n sleutels mee verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Created administrator</source>
        <translation>Beheerder aangemaakt</translation>
    </message>
    <message>
        <source>Revoked administrator</source>
        <translation>Beheerder ingetrokken</translation>
    </message>
    <message>
        <source>Refused token</source>
        <translation>Token geweigerd</translation>
    </message>
    <message>
        <source>Started the audit chain</source>
        <translation>Auditketen begonnen</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>role</comment>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>auditor</source>
        <comment>role</comment>
        <translation>auditor</translation>
    </message>
    <message>
        <source>an unknown</source>
        <comment>refused token</comment>
        <translation>een onbekend</translation>
    </message>
    <message>
        <source>a malformed</source>
        <comment>refused token</comment>
        <translation>een misvormd</translation>
    </message>
    <message>
        <source>an expired</source>
        <comment>refused token</comment>
        <translation>een verlopen</translation>
    </message>
    <message>
        <source>a revoked</source>
        <comment>refused token</comment>
        <translation>een ingetrokken</translation>
    </message>
    <message>
        <source>administrator “%1”, role %2, expires %3</source>
        <translation>beheerder ‘%1’, rol %2, verloopt op %3</translation>
    </message>
    <message>
        <source>administrator “%1”</source>
        <translation>beheerder ‘%1’</translation>
    </message>
    <message>
        <source>%1 token, from %2</source>
        <translation>%1 token, van %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more refused from there since the entry before</source>
        <translation>
            <numerusform>nog %n geweigerd vandaar sinds de vorige vermelding</numerusform>
            <numerusform>nog %n geweigerd vandaar sinds de vorige vermelding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries not chained</source>
        <translation>
            <numerusform>%n eerdere vermelding niet geketend</numerusform>
            <numerusform>%n eerdere vermeldingen niet geketend</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rolled key</source>
        <translation>Sleutel geroteerd</translation>
    </message>
    <message>
        <source>rolled from “%1” (prefix %2), which stops %3; prefix %4, expires %5</source>
        <translation>geroteerd van “%1” (prefix %2), die niet meer werkt vanaf %3; prefix %4, verloopt op %5</translation>
    </message>
</context>
<context>
    <name>sk::CatalogFile</name>
    <message>
        <source>it is a folder.</source>
        <translation>het is een map.</translation>
    </message>
</context>
<context>
    <name>sk::CatalogText</name>
    <message>
        <source>AI for Process</source>
        <translation>AI for Process</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Guardrails</translation>
    </message>
    <message>
        <source>Deploy workflows</source>
        <translation>Workflows implementeren</translation>
    </message>
    <message>
        <source>Deploy a workflow so that it runs in production.</source>
        <translation>Een workflow implementeren zodat deze in productie draait.</translation>
    </message>
    <message>
        <source>Undeploy workflows</source>
        <translation>Workflows terugtrekken</translation>
    </message>
    <message>
        <source>Take a deployed workflow out of production.</source>
        <translation>Een geïmplementeerde workflow uit productie nemen.</translation>
    </message>
    <message>
        <source>Import workflows</source>
        <translation>Workflows importeren</translation>
    </message>
    <message>
        <source>Import a workflow definition from a file or another environment.</source>
        <translation>Een workflowdefinitie importeren uit een bestand of een andere omgeving.</translation>
    </message>
    <message>
        <source>Export workflows</source>
        <translation>Workflows exporteren</translation>
    </message>
    <message>
        <source>Export a workflow definition to a file.</source>
        <translation>Een workflowdefinitie naar een bestand exporteren.</translation>
    </message>
    <message>
        <source>Deploy models</source>
        <translation>Modellen implementeren</translation>
    </message>
    <message>
        <source>Deploy a model so that workflows can call it.</source>
        <translation>Een model implementeren zodat workflows het kunnen aanroepen.</translation>
    </message>
    <message>
        <source>Undeploy models</source>
        <translation>Modellen terugtrekken</translation>
    </message>
    <message>
        <source>Take a deployed model out of service.</source>
        <translation>Een geïmplementeerd model buiten gebruik stellen.</translation>
    </message>
    <message>
        <source>Import models</source>
        <translation>Modellen importeren</translation>
    </message>
    <message>
        <source>Import a trained model from a file or a registry.</source>
        <translation>Een getraind model importeren uit een bestand of een register.</translation>
    </message>
    <message>
        <source>Export models</source>
        <translation>Modellen exporteren</translation>
    </message>
    <message>
        <source>Export a model to a file.</source>
        <translation>Een model naar een bestand exporteren.</translation>
    </message>
    <message>
        <source>Deploy guardrails</source>
        <translation>Guardrails implementeren</translation>
    </message>
    <message>
        <source>Deploy guardrails that check model input and output.</source>
        <translation>Guardrails implementeren die de invoer en uitvoer van modellen controleren.</translation>
    </message>
    <message>
        <source>Undeploy guardrails</source>
        <translation>Guardrails terugtrekken</translation>
    </message>
    <message>
        <source>Take deployed guardrails out of service.</source>
        <translation>Geïmplementeerde guardrails buiten gebruik stellen.</translation>
    </message>
    <message>
        <source>AIMMS PRO</source>
        <translation>AIMMS PRO</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <source>Sign in and obtain session tokens on behalf of users.</source>
        <translation>Aanmelden en sessietokens verkrijgen namens gebruikers.</translation>
    </message>
    <message>
        <source>Publish apps</source>
        <translation>Apps publiceren</translation>
    </message>
    <message>
        <source>Publish, update and remove apps on the platform.</source>
        <translation>Apps op het platform publiceren, bijwerken en verwijderen.</translation>
    </message>
    <message>
        <source>Publish AIMMS versions</source>
        <translation>AIMMS-versies publiceren</translation>
    </message>
    <message>
        <source>Upload and remove AIMMS versions that apps run on.</source>
        <translation>AIMMS-versies waarop apps draaien uploaden en verwijderen.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Start, watch and cancel tasks.</source>
        <translation>Taken starten, volgen en annuleren.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>List and end running app sessions.</source>
        <translation>Lopende app-sessies weergeven en beëindigen.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-sleutels</translation>
    </message>
    <message>
        <source>Manage other API keys.</source>
        <translation>Andere API-sleutels beheren.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimen</translation>
    </message>
    <message>
        <source>Read and change secrets that apps use.</source>
        <translation>Geheimen die apps gebruiken lezen en wijzigen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Create, change and remove users.</source>
        <translation>Gebruikers aanmaken, wijzigen en verwijderen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Change account settings.</source>
        <translation>Accountinstellingen wijzigen.</translation>
    </message>
</context>
<context>
    <name>sk::ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://keys.example.com:8443.</source>
        <translation>Voer het adres van de server in, bijv. https://keys.example.com:8443.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Dit is geen geldig adres.</translation>
    </message>
    <message>
        <source>Enter the administrator token.</source>
        <translation>Voer het beheerderstoken in.</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-certificaten (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose that file under “CA certificate file” and connect again.</source>
        <translation>Kies dat bestand bij “CA-certificaatbestand” en maak opnieuw verbinding.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Er is geen bestand “%1”.</translation>
    </message>
</context>
<context>
    <name>sk::ConsoleLauncher</name>
    <message>
        <source>Scopekeeper: manage scoped API apps and their API keys.

Without options it opens the store used last; on first run it creates a local store in %1.</source>
        <translation>Scopekeeper: beheer API-apps met scopes en hun API-sleutels.

Zonder opties wordt de laatst gebruikte opslag geopend; bij de eerste start wordt een lokale opslag aangemaakt in %1.</translation>
    </message>
    <message>
        <source>Open (or create) the local store FILE.</source>
        <translation>De lokale opslag BESTAND openen (of aanmaken).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Connect to the Scopekeeper server at URL.</source>
        <translation>Verbinden met de Scopekeeper-server op URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The scope catalog of a new store: a built-in id (%1) or a JSON file.</source>
        <translation>De scopecatalogus van een nieuwe opslag: een ingebouwde id (%1) of een JSON-bestand.</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|BESTAND</translation>
    </message>
    <message>
        <source>Quit as soon as the apps are shown (for scripts and benchmarks); print problems instead of showing them in a dialog.</source>
        <translation>Afsluiten zodra de apps worden weergegeven (voor scripts en benchmarks); problemen als tekst uitvoeren in plaats van ze in een dialoogvenster te tonen.</translation>
    </message>
    <message>
        <source>Run “scopekeeper --help” to see the options.</source>
        <translation>Voer “scopekeeper --help” uit om de opties te zien.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. To open a store file, use --database FILE.</source>
        <translation>Onverwacht argument “%1”. Gebruik --database BESTAND om een opslagbestand te openen.</translation>
    </message>
    <message>
        <source>--server cannot be combined with --database or --demo: the console opens one store at a time.</source>
        <translation>--server kan niet worden gecombineerd met --database of --demo: de console opent één opslag tegelijk.</translation>
    </message>
    <message>
        <source>--demo uses the “%1” catalog; it cannot be combined with --catalog %2.</source>
        <translation>--demo gebruikt de catalogus “%1” en kan niet worden gecombineerd met --catalog %2.</translation>
    </message>
    <message>
        <source>“%1” already exists. A new store needs a new file name; the existing file was not changed.</source>
        <translation>“%1” bestaat al. Een nieuwe opslag heeft een nieuwe bestandsnaam nodig; het bestaande bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>--server: “%1” is not a valid address.</source>
        <translation>--server: “%1” is geen geldig adres.</translation>
    </message>
    <message>
        <source>--demo creates a fresh store, but “%1” already exists. Choose a new file name; the existing file was not changed.</source>
        <translation>--demo maakt een nieuwe opslag aan, maar “%1” bestaat al. Kies een nieuwe bestandsnaam; het bestaande bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The previous demo store “%1” cannot be removed.</source>
        <translation>De vorige demo-opslag “%1” kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>--catalog applies only to a new store; this store keeps its catalog “%1”.</source>
        <translation>--catalog geldt alleen voor een nieuwe opslag; deze opslag behoudt de catalogus “%1”.</translation>
    </message>
    <message>
        <source>Open Local Store</source>
        <translation>Lokale opslag openen</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite *.db);;All files (*)</source>
        <translation>Scopekeeper-opslag (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New Local Store</source>
        <translation>Nieuwe lokale opslag</translation>
    </message>
    <message>
        <source>new-store.sqlite</source>
        <translation>new-store.sqlite</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite)</source>
        <translation>Scopekeeper-opslag (*.sqlite)</translation>
    </message>
    <message>
        <source>No token is stored for %1: connect once in the console and let it remember the token.</source>
        <translation>Er is geen token opgeslagen voor %1: maak eenmaal verbinding in de console en laat deze het token onthouden.</translation>
    </message>
    <message>
        <source>With --server: also trust the CA certificates in FILE (PEM) for that server, e.g. your own CA&apos;s. It is remembered for the server&apos;s URL.</source>
        <translation>Met --server: voor die server ook de CA-certificaten in BESTAND (PEM) vertrouwen, bijv. die van uw eigen CA. Dit wordt onthouden voor de URL van de server.</translation>
    </message>
    <message>
        <source>--ca-file is for a server: give it with --server URL.</source>
        <translation>--ca-file is voor een server: geef de optie op samen met --server URL.</translation>
    </message>
    <message>
        <source>Give that file with --ca-file FILE.</source>
        <translation>Geef dat bestand op met --ca-file BESTAND.</translation>
    </message>
    <message>
        <source>To work on it again, choose Connect… and give a token; File &gt; Open Local Store… opens a local store.</source>
        <translation>Kies “Verbinden…” en geef een token op om weer met de server te werken; met “Bestand &gt; Lokale opslag openen…” opent u een lokale opslag.</translation>
    </message>
    <message>
        <source>Signed out of %1: its apps and keys are no longer shown.</source>
        <translation>Afgemeld bij %1: de apps en sleutels van de server worden niet meer getoond.</translation>
    </message>
    <message>
        <source>Signed out of %1: its token was deleted from the keychain, and its apps and keys are no longer shown.</source>
        <translation>Afgemeld bij %1: het token is uit de sleutelhanger verwijderd en de apps en sleutels van de server worden niet meer getoond.</translation>
    </message>
    <message>
        <source>Signed out of %1: its apps and keys are no longer shown. There is no keychain, so no token was kept.</source>
        <translation>Afgemeld bij %1: de apps en sleutels van de server worden niet meer getoond. Er is geen sleutelhanger, dus er is geen token bewaard.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain did not delete its token: %2</source>
        <translation>Afgemeld bij %1, maar de sleutelhanger heeft het token niet verwijderd: %2</translation>
    </message>
    <message>
        <source>Not connected to a server: Connect to Server was cancelled.</source>
        <translation>Niet met een server verbonden: ‘Verbinden met server’ is geannuleerd.</translation>
    </message>
    <message>
        <source>Not connected to %1: Connect to Server was cancelled.</source>
        <translation>Niet verbonden met %1: ‘Verbinden met server’ is geannuleerd.</translation>
    </message>
    <message>
        <source>Start on a fresh demonstration store: the bank use case (apps and their keys), or, with “--demo aimms”, an AIMMS-style store of personal keys with scopes of their own. Its keys work nowhere else.</source>
        <translation>Starten met een nieuwe demo-opslag: het bankvoorbeeld (apps en hun sleutels), of, met “--demo aimms”, een opslag in AIMMS-stijl met persoonlijke sleutels met eigen scopes. De sleutels werken nergens anders.</translation>
    </message>
    <message>
        <source>How a new store scopes its keys: “per-app” (keys have their app&apos;s scopes) or “per-key” (each key gets its own scopes, on a “User API Keys” page). The default is per-key for the aimms-pro catalog, per-app otherwise.</source>
        <translation>Hoe een nieuwe opslag scopes aan zijn sleutels toekent: “per-app” (sleutels hebben de scopes van hun app) of “per-key” (elke sleutel krijgt eigen scopes, op een pagina “Gebruikers-API-sleutels”). De standaard is per-key voor de catalogus aimms-pro, anders per-app.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>--demo: unknown demonstration “%1”; choose %2.</source>
        <translation>--demo: onbekende demo “%1”; kies %2.</translation>
    </message>
    <message>
        <source>--scoping: “%1” is not a scoping mode; choose per-app or per-key.</source>
        <translation>--scoping: “%1” is geen scopingmodus; kies per-app of per-key.</translation>
    </message>
    <message>
        <source>--scoping is for a new local store; a server&apos;s store keeps the mode it was created with (scopekeeper-server --scoping).</source>
        <translation>--scoping is voor een nieuwe lokale opslag; de opslag van een server behoudt de modus waarmee hij is aangemaakt (scopekeeper-server --scoping).</translation>
    </message>
    <message>
        <source>This demo store is %1; it cannot be combined with --scoping %2.</source>
        <translation>Deze demo-opslag is %1; hij kan niet worden gecombineerd met --scoping %2.</translation>
    </message>
    <message>
        <source>--scoping applies only to a new store; this store keeps its mode “%1”.</source>
        <translation>--scoping geldt alleen voor een nieuwe opslag; deze opslag behoudt de modus “%1”.</translation>
    </message>
</context>
<context>
    <name>sk::CreateKeyDialog</name>
    <message>
        <source>&amp;Generate Key</source>
        <translation>Sleutel &amp;genereren</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Sleutel genereren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Aangepaste datum</translation>
    </message>
    <message>
        <source>The key will expire tomorrow, %1.</source>
        <translation>De sleutel verloopt morgen, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>De sleutel verloopt op %1, over %n dag.</numerusform>
            <numerusform>De sleutel verloopt op %1, over %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key could not be created.</source>
        <translation>De sleutel kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>No answer came back for the key “%1”: it may have been created. Checking with the server; it is not created again meanwhile. (Cancel stops waiting; the key list then shows the key if it was made.)</source>
        <translation>Er kwam geen antwoord terug voor de sleutel ‘%1’: hij is mogelijk gemaakt. De server wordt gevraagd; hij wordt intussen niet opnieuw gemaakt. (‘Annuleren’ stopt het wachten; de sleutellijst toont de sleutel dan als hij is gemaakt.)</translation>
    </message>
    <message>
        <source>The key “%1” may have been created, and the server cannot say: %2 Look for it in the key list before creating it again.</source>
        <translation>De sleutel ‘%1’ is mogelijk gemaakt, en de server kan het niet zeggen: %2 Zoek hem in de sleutellijst voordat u hem opnieuw maakt.</translation>
    </message>
    <message>
        <source>The server has no key “%1”: it was not created, and nothing was changed. Generate Key creates it now.</source>
        <translation>De server heeft geen sleutel ‘%1’: hij is niet gemaakt, en er is niets gewijzigd. ‘Sleutel genereren’ maakt hem nu.</translation>
    </message>
    <message>
        <source>The key will belong to “%1”, which has no scopes yet: it grants nothing until the app has some.</source>
        <translation>De sleutel hoort bij “%1”, die nog geen scopes heeft: hij geeft nergens toegang toe zolang de app er geen heeft.</translation>
    </message>
    <message>
        <source>The key will belong to “%1”, whose scopes are: %2. It can grant all of them, or only some.</source>
        <translation>De sleutel hoort bij “%1”, met deze scopes: %2. Hij kan toegang geven tot allemaal, of tot slechts enkele.</translation>
    </message>
    <message>
        <source>The key grants whatever scopes the app has: a scope added to the app later applies to it too.</source>
        <translation>De sleutel geeft toegang tot alle scopes die de app heeft: een scope die later aan de app wordt toegevoegd, geldt ook voor de sleutel.</translation>
    </message>
    <message>
        <source>The key grants only the scopes ticked below, while the app has them: a scope added to the app later does not apply to it.</source>
        <translation>De sleutel geeft alleen toegang tot de hieronder aangevinkte scopes, zolang de app ze heeft: een scope die later aan de app wordt toegevoegd, geldt niet voor de sleutel.</translation>
    </message>
    <message>
        <source>The store&apos;s scope catalog could not be read: %1</source>
        <translation>De scopecatalogus van de opslag kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>sk::KeyFilterProxyModel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n day(s)</source>
        <translation>
            <numerusform>Verloopt binnen %n dag</numerusform>
            <numerusform>Verloopt binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nooit gebruikt</translation>
    </message>
    <message numerus="yes">
        <source>Not used in %n day(s)</source>
        <translation>
            <numerusform>Niet gebruikt in %n dag</numerusform>
            <numerusform>Niet gebruikt in %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::KeyListModel</name>
    <message>
        <source>Key Name</source>
        <translation>Sleutelnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Laatst gebruikt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>This key has never been used.</source>
        <translation>Deze sleutel is nog nooit gebruikt.</translation>
    </message>
    <message>
        <source>Expired on %1; services refuse this key.</source>
        <translation>Verlopen op %1; diensten weigeren deze sleutel.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Verloopt over %n dag, op %1.</numerusform>
            <numerusform>Verloopt over %n dagen, op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Verloopt op %1.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Verloopt bijna</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Narrowed: its app holds none of the key&apos;s scopes any more, so it grants nothing.</source>
        <translation>Beperkt: de app heeft geen van de scopes van de sleutel meer, dus hij geeft nergens toegang toe.</translation>
    </message>
    <message numerus="yes">
        <source>Narrowed: %1 of the app&apos;s %n scope(s).</source>
        <extracomment>%1: how many scopes the key grants; %n: how many its app holds</extracomment>
        <translation>
            <numerusform>Beperkt: %1 van de %n scope van de app.</numerusform>
            <numerusform>Beperkt: %1 van de %n scopes van de app.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of the app&apos;s scopes:</source>
        <translation>Alle scopes van de app:</translation>
    </message>
    <message>
        <source>Rolled: stopped on %1; services refuse this key.</source>
        <translation>Geroteerd: werkt niet meer sinds %1; diensten weigeren deze sleutel.</translation>
    </message>
    <message>
        <source>Rolled: stops on %1; services refuse this key from then on.</source>
        <translation>Geroteerd: werkt niet meer vanaf %1; diensten weigeren deze sleutel vanaf dan.</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Wordt geroteerd</translation>
    </message>
</context>
<context>
    <name>sk::KeysPage</name>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>%n sleutel verwijderen</numerusform>
            <numerusform>%n sleutels verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no apps yet. Create an app first: a key belongs to an app and grants its scopes.</source>
        <translation>Er zijn nog geen apps. Maak eerst een app: een sleutel hoort bij een app en geeft toegang tot de scopes ervan.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nieuwe API-sleutel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Which app is the key for? It grants that app&apos;s scopes, all of them or only some.</source>
        <translation>Voor welke app is de sleutel? Hij geeft toegang tot de scopes van die app, allemaal of slechts enkele.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
</context>
<context>
    <name>sk::ListPage</name>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>%n sleutel verwijderen</numerusform>
            <numerusform>%n sleutels verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll key…</source>
        <translation>Sleutel roteren…</translation>
    </message>
    <message>
        <source>New API key…</source>
        <translation>Nieuwe API-sleutel…</translation>
    </message>
</context>
<context>
    <name>sk::MainWindow</name>
    <message>
        <source>%1 (demo) — Scopekeeper</source>
        <translation>%1 (demo) — Scopekeeper</translation>
    </message>
    <message>
        <source>%1 — Scopekeeper</source>
        <translation>%1 — Scopekeeper</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation>Demo-opslag: %1</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Lokale opslag: %1</translation>
    </message>
    <message>
        <source>Scope catalog: %1</source>
        <translation>Scopecatalogus: %1</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Geen recente opslag</translation>
    </message>
    <message>
        <source>About Scopekeeper</source>
        <translation>Over Scopekeeper</translation>
    </message>
    <message>
        <source>Qt %1 — GNU Lesser General Public License v3</source>
        <translation>Qt %1 — GNU Lesser General Public License v3</translation>
    </message>
    <message>
        <source>QtKeychain — BSD 3-Clause License</source>
        <translation>QtKeychain — BSD 3-Clause License</translation>
    </message>
    <message>
        <source>SQLite — public domain</source>
        <translation>SQLite — publiek domein</translation>
    </message>
    <message>
        <source>PostgreSQL libpq — PostgreSQL License</source>
        <translation>PostgreSQL libpq — PostgreSQL License</translation>
    </message>
    <message>
        <source>OpenSSL — Apache License 2.0</source>
        <translation>OpenSSL — Apache License 2.0</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scopekeeper %1&lt;/h3&gt;&lt;p&gt;Scoped API apps and their API keys.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Scopekeeper authors.&lt;br&gt;Free software under the MIT License.&lt;/p&gt;&lt;p&gt;Third-party components:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Scopekeeper %1&lt;/h3&gt;&lt;p&gt;API-apps met scopes en hun API-sleutels.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © 2026 De auteurs van Scopekeeper.&lt;br&gt;Vrije software onder de MIT-licentie.&lt;/p&gt;&lt;p&gt;Onderdelen van derden:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>Server: %1 (signed out)</source>
        <translation>Server: %1 (afgemeld)</translation>
    </message>
    <message>
        <source>Boost (Asio, Beast; in scopekeeper-server) — Boost Software License 1.0</source>
        <translation>Boost (Asio, Beast; in scopekeeper-server) — Boost Software License 1.0</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <source>Your token expires today</source>
        <translation>Uw token verloopt vandaag</translation>
    </message>
    <message numerus="yes">
        <source>Your token expires in %n day(s)</source>
        <translation>
            <numerusform>Uw token verloopt over %n dag</numerusform>
            <numerusform>Uw token verloopt over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your administrator token stops working on %1. Ask the server&apos;s operator for a new one before then, and connect with it.</source>
        <translation>Uw beheerderstoken werkt niet meer vanaf %1. Vraag de beheerder van de server vóór die tijd om een nieuw token en maak daarmee verbinding.</translation>
    </message>
    <message>
        <source>Write a copy of this store to a new file, to restore it from later</source>
        <translation>Een kopie van deze opslag naar een nieuw bestand schrijven, om hem later daaruit te herstellen</translation>
    </message>
    <message>
        <source>A server&apos;s store is backed up on the server&apos;s computer, with “scopekeeper-server backup FILE”</source>
        <translation>Van de opslag van een server wordt een back-up gemaakt op de computer van de server, met ‘scopekeeper-server backup BESTAND’</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-backup-%2.sqlite</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Back-up van opslag maken</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite)</source>
        <translation>Scopekeeper-opslag (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the store to %1…</source>
        <translation>Back-up van de opslag naar %1 maken…</translation>
    </message>
    <message>
        <source>Store backed up to %1</source>
        <translation>Back-up van de opslag gemaakt in %1</translation>
    </message>
    <message>
        <source>The store was not backed up to %1.</source>
        <translation>Er is geen back-up van de opslag gemaakt in %1.</translation>
    </message>
    <message>
        <source>User API Keys</source>
        <translation>Gebruikers-API-sleutels</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New API &amp;Key…</source>
        <translation>Nieuwe API-s&amp;leutel…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within %1</source>
        <comment>the expiry reminder; %1: “14 days”</comment>
        <translation>
            <numerusform>%n sleutel verloopt binnen %1</numerusform>
            <numerusform>%n sleutels verlopen binnen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>%1-inventory-%2.csv</source>
        <translation>%1-inventaris-%2.csv</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Inventaris exporteren</translation>
    </message>
    <message>
        <source>Exporting the inventory…</source>
        <translation>Inventaris exporteren…</translation>
    </message>
    <message>
        <source>The inventory was not written to %1.</source>
        <translation>De inventaris is niet naar %1 geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n rij naar %1 geëxporteerd</numerusform>
            <numerusform>%n rijen naar %1 geëxporteerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::OneTimeKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>API-sleutel gekopieerd</translation>
    </message>
    <message>
        <source>Key “%1”, expires on %2.</source>
        <translation>Sleutel “%1”, verloopt op %2.</translation>
    </message>
    <message>
        <source>Key “%1” of “%2”, expires on %3.</source>
        <translation>Sleutel “%1” van “%2”, verloopt op %3.</translation>
    </message>
    <message>
        <source>Close Without Copying</source>
        <translation>Sluiten zonder kopiëren</translation>
    </message>
    <message>
        <source>Close without copying? This key will not be shown again.</source>
        <translation>Sluiten zonder te kopiëren? Deze sleutel wordt niet opnieuw getoond.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>sk::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Elke 30 seconden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Elke minuut</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Elke 5 minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Elke 15 minuten</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::RestStore</name>
    <message>
        <source>The CA certificate file “%1” cannot be read or holds no PEM certificate.</source>
        <translation>Het CA-certificaatbestand “%1” kan niet worden gelezen of bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <source>This build of Scopekeeper has no TLS support.</source>
        <translation>Deze build van Scopekeeper biedt geen TLS-ondersteuning.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>De verbinding met %1 is verbroken.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; give one such as https://host:8443.</source>
        <translation>“%1” is geen serveradres; geef een adres op zoals https://host:8443.</translation>
    </message>
    <message>
        <source>“%1” uses plain http to a host that is not this computer; use https, so that the token and keys are not sent in clear.</source>
        <translation>“%1” gebruikt onversleuteld http naar een host die niet deze computer is; gebruik https, zodat het token en de sleutels niet onversleuteld worden verzonden.</translation>
    </message>
    <message>
        <source>The app was changed by someone else in the meantime; reload it and try again.</source>
        <translation>De app is intussen door iemand anders gewijzigd; laad de app opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2); its log says why.</source>
        <translation>Fout op de server op %1 (HTTP %2); het logboek van de server vermeldt de oorzaak.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2.</source>
        <translation>De server op %1 antwoordde met HTTP %2.</translation>
    </message>
    <message>
        <source>The server at %1 gave an answer that is not a JSON object; is it a Scopekeeper server?</source>
        <translation>De server op %1 gaf een antwoord dat geen JSON-object is; is het wel een Scopekeeper-server?</translation>
    </message>
    <message>
        <source>The server connection is not open.</source>
        <translation>De serververbinding is niet geopend.</translation>
    </message>
    <message>
        <source>Its certificate is “%1”, issued by “%2”, valid from %3 to %4, with the SHA-256 fingerprint %5.</source>
        <translation>Het certificaat van de server is “%1”, uitgegeven door “%2”, geldig van %3 tot %4, met de SHA-256-vingerafdruk %5.</translation>
    </message>
    <message>
        <source>There is no administrator token for the server at %1; connect again to sign in.</source>
        <translation>Er is geen beheerderstoken voor de server op %1; maak opnieuw verbinding om u aan te melden.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be trusted: %2.</source>
        <translation>De server op %1 kan niet worden vertrouwd: %2.</translation>
    </message>
    <message>
        <source>Nothing was sent to it. If it is your server, trust it explicitly with the file of the CA that issued its certificate.</source>
        <translation>Er is niets naar de server verzonden. Als het uw server is, vertrouw hem dan expliciet met het bestand van de CA die het certificaat ervan heeft uitgegeven.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. It may be busy, or the network slow; retry in a moment.</source>
        <translation>De server op %1 heeft niet binnen %2 seconden geantwoord. Misschien is hij bezet of is het netwerk traag; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2. Check that it is running and that this computer can reach it, then retry.</source>
        <translation>De server op %1 is niet bereikbaar: %2. Controleer of de server draait en of deze computer hem kan bereiken, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it may have been revoked, or be for another server. Connect again with a valid token.</source>
        <translation>De server op %1 heeft het beheerderstoken geweigerd: het is misschien ingetrokken of hoort bij een andere server. Maak opnieuw verbinding met een geldig token.</translation>
    </message>
    <message>
        <source>The server at %1 did not name the administrator of the token; is it a Scopekeeper server?</source>
        <translation>De server op %1 heeft de beheerder van het token niet genoemd; is het wel een Scopekeeper-server?</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to a health check: it is not a Scopekeeper server, or it is not working properly.</source>
        <translation>%1 antwoordde met HTTP %2 op een statuscontrole: het is geen Scopekeeper-server, of de server werkt niet goed.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer to a key check that cannot be read.</source>
        <translation>De server op %1 gaf op een sleutelcontrole een antwoord dat niet kan worden gelezen.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it was revoked. Ask the server&apos;s operator for a new one, then connect with it.</source>
        <translation>De server op %1 heeft het beheerderstoken geweigerd: het is ingetrokken. Vraag de beheerder van de server om een nieuw token en maak daarmee verbinding.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it has expired. Ask the server&apos;s operator for a new one, then connect with it.</source>
        <translation>De server op %1 heeft het beheerderstoken geweigerd: het is verlopen. Vraag de beheerder van de server om een nieuw token en maak daarmee verbinding.</translation>
    </message>
    <message>
        <source>%1 The change was sent, but its answer was lost: the server may have made it. Nothing is sent again by itself; check what the server has once it answers.</source>
        <translation>%1 De wijziging is verzonden, maar het antwoord ging verloren: de server heeft haar mogelijk uitgevoerd. Er wordt niets vanzelf opnieuw verzonden; controleer wat de server heeft zodra hij antwoordt.</translation>
    </message>
    <message>
        <source>The server at %1 named the same page of a listing twice; the listing was stopped there.</source>
        <translation>De server op %1 noemde dezelfde pagina van een lijst twee keer; de lijst is daar gestopt.</translation>
    </message>
</context>
<context>
    <name>sk::RollKeyDialog</name>
    <message>
        <source>This key has already been rolled: it stops working on its own.</source>
        <translation>Deze sleutel is al geroteerd: hij houdt vanzelf op te werken.</translation>
    </message>
    <message>
        <source>This key has expired: create a new key instead.</source>
        <translation>Deze sleutel is verlopen: maak in plaats daarvan een nieuwe sleutel.</translation>
    </message>
    <message>
        <source>Roll API Key</source>
        <translation>API-sleutel roteren</translation>
    </message>
    <message>
        <source>A new key replaces “%1” of “%2”. The old key keeps working for the time you choose, so that its users can switch to the new one.</source>
        <translation>Een nieuwe sleutel vervangt “%1” van “%2”. De oude sleutel blijft werken zo lang als u kiest, zodat de gebruikers ervan kunnen overstappen op de nieuwe.</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>Na 1 uur</translation>
    </message>
    <message>
        <source>After 24 hours</source>
        <translation>Na 24 uur</translation>
    </message>
    <message>
        <source>After 7 days</source>
        <translation>Na 7 dagen</translation>
    </message>
    <message>
        <source>Old key stops</source>
        <translation>Oude sleutel stopt</translation>
    </message>
    <message>
        <source>New key name</source>
        <translation>Naam van de nieuwe sleutel</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>New key expires</source>
        <translation>Nieuwe sleutel verloopt</translation>
    </message>
    <message>
        <source>Old key &amp;stops:</source>
        <translation>Oude sleutel &amp;stopt:</translation>
    </message>
    <message>
        <source>New key &amp;name:</source>
        <translation>&amp;Naam van de nieuwe sleutel:</translation>
    </message>
    <message>
        <source>New key &amp;expires:</source>
        <translation>Nieuwe sleutel &amp;verloopt:</translation>
    </message>
    <message>
        <source>&amp;Roll Key</source>
        <translation>&amp;Roteren</translation>
    </message>
    <message>
        <source>Roll Key</source>
        <translation>Roteren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>sk::ScopePicker</name>
    <message>
        <source>Scope groups</source>
        <translation>Scopegroepen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Select all %1 scopes</source>
        <translation>Alle scopes van %1 selecteren</translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation>Scopes van %1</translation>
    </message>
</context>
<context>
    <name>sk::SqlStore</name>
    <message>
        <source>The store is closed.</source>
        <translation>De opslag is gesloten.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>De opslag is niet geopend.</translation>
    </message>
</context>
<context>
    <name>sk::Store</name>
    <message>
        <source>A server&apos;s store is backed up on the server&apos;s computer, with “scopekeeper-server backup FILE”.</source>
        <translation>Van de opslag van een server wordt een back-up gemaakt op de computer van de server, met ‘scopekeeper-server backup BESTAND’.</translation>
    </message>
</context>
<context>
    <name>sk::TokenVault</name>
    <message>
        <source>No token is stored for this server.</source>
        <translation>Er is geen token opgeslagen voor deze server.</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). The token is not stored; it will be asked for each time.</source>
        <translation>De sleutelhanger is niet beschikbaar (%1). Het token wordt niet opgeslagen; er wordt elke keer om gevraagd.</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain (%1).</source>
        <translation>Het token kon niet uit de sleutelhanger worden gelezen (%1).</translation>
    </message>
    <message>
        <source>An empty token cannot be stored.</source>
        <translation>Een leeg token kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1).</source>
        <translation>Het token kon niet in de sleutelhanger worden opgeslagen (%1).</translation>
    </message>
    <message>
        <source>The token could not be deleted from the keychain (%1).</source>
        <translation>Het token kon niet uit de sleutelhanger worden verwijderd (%1).</translation>
    </message>
</context>
<context>
    <name>sk::UserKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Nieuwe API-sleutel</translation>
    </message>
    <message>
        <source>Key Name</source>
        <translation>Sleutelnaam</translation>
    </message>
    <message>
        <source>For example: Nightly publishing</source>
        <translation>Bijvoorbeeld: Nachtelijke publicatie</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Verloopt na</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>The key grants the scopes you tick, and nothing else. Its secret is shown once, when it is made.</source>
        <translation>De sleutel geeft toegang tot de scopes die u aanvinkt, en verder niets. Het geheim ervan wordt één keer getoond, wanneer hij wordt gemaakt.</translation>
    </message>
    <message>
        <source>Key &amp;Name:</source>
        <translation>Sleutel&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Verloopt na:</translation>
    </message>
    <message>
        <source>Expiry &amp;Date:</source>
        <translation>Verval&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>&amp;Generate Key</source>
        <translation>Sleutel &amp;genereren</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Sleutel genereren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Aangepaste datum</translation>
    </message>
    <message>
        <source>The scopes could not be read: %1</source>
        <translation>De scopes konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The key will expire tomorrow, %1.</source>
        <translation>De sleutel verloopt morgen, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>De sleutel verloopt op %1, over %n dag.</numerusform>
            <numerusform>De sleutel verloopt op %1, over %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer came back: the key may have been created, without its secret. Look for it in the list and delete it before creating it again.</source>
        <translation>Er kwam geen antwoord terug: de sleutel is mogelijk gemaakt, zonder het geheim ervan. Zoek hem in de lijst en verwijder hem voordat u hem opnieuw maakt.</translation>
    </message>
    <message>
        <source>The key could not be created.</source>
        <translation>De sleutel kon niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>sk::UserKeyListModel</name>
    <message>
        <source>Key Name</source>
        <translation>Sleutelnaam</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>%1 (prefix %2)</source>
        <translation>%1 (prefix %2)</translation>
    </message>
    <message>
        <source>Expired on %1; services refuse this key.</source>
        <translation>Verlopen op %1; diensten weigeren deze sleutel.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Verloopt op %1.</translation>
    </message>
</context>
<context>
    <name>sk::UserKeysPage</name>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>%n sleutel verwijderen</numerusform>
            <numerusform>%n sleutels verwijderen</numerusform>
        </translation>
    </message>
</context>
</TS>
