<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <source>Search by who, app, key or detail</source>
        <translation>Nach Benutzer, App, Schlüssel oder Details suchen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>Untitled app</source>
        <translation>Unbenannte App</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>The app&apos;s name: 1 to 100 characters, unique in this store</source>
        <translation>Name der App: 1 bis 100 Zeichen, eindeutig in diesem Speicher</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>App-Einstellungen</translation>
    </message>
    <message>
        <source>API Scopes</source>
        <translation>API-Scopes</translation>
    </message>
    <message>
        <source>Every key of this app grants exactly the scopes ticked here. A change applies to all its keys at once.</source>
        <translation>Jeder Schlüssel dieser App gewährt genau die hier angekreuzten Scopes. Eine Änderung gilt sofort für alle ihre Schlüssel.</translation>
    </message>
    <message>
        <source>API scopes</source>
        <translation>API-Scopes</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Create API &amp;Key</source>
        <translation>API-Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>De&amp;lete key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>This app has no keys yet. Create one with “Create API Key”.</source>
        <translation>Diese App hat noch keine Schlüssel. Erstellen Sie einen mit „API-Schlüssel erstellen“.</translation>
    </message>
    <message>
        <source>API keys of this app</source>
        <translation>API-Schlüssel dieser App</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>API Apps</source>
        <translation>API-Apps</translation>
    </message>
    <message>
        <source>Create an App</source>
        <translation>App erstellen</translation>
    </message>
    <message>
        <source>Edit app</source>
        <translation>App bearbeiten</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Apps durchsuchen</translation>
    </message>
    <message>
        <source>Search by name or scope</source>
        <translation>Nach Name oder Scope suchen</translation>
    </message>
    <message>
        <source>API apps</source>
        <translation>API-Apps</translation>
    </message>
    <message>
        <source>No apps yet. An app holds the scopes its API keys grant.</source>
        <translation>Noch keine Apps. Eine App enthält die Scopes, die ihre API-Schlüssel gewähren.</translation>
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
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>darf nicht leer sein.</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2.</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>must hold a JSON object.</source>
        <translation>muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>is %1; this version of Scopekeeper reads format %2.</source>
        <translation>ist %1; diese Version von Scopekeeper liest Format %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid catalog id (lower-case letters, digits and “:._-”, at most 64 characters).</source>
        <translation>„%1“ ist keine gültige Katalog-ID (Kleinbuchstaben, Ziffern und „:._-“, höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>must be a non-empty array.</source>
        <translation>muss ein nicht leeres Array sein.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>“%1” is used by another group.</source>
        <translation>„%1“ wird bereits von einer anderen Gruppe verwendet.</translation>
    </message>
    <message>
        <source>“%1” is not a valid scope id (lower-case letters, digits and “:._-”, at most 64 characters).</source>
        <translation>„%1“ ist keine gültige Scope-ID (Kleinbuchstaben, Ziffern und „:._-“, höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>“%1” is used by another scope.</source>
        <translation>„%1“ wird bereits von einem anderen Scope verwendet.</translation>
    </message>
    <message>
        <source>“%1” is not one of the catalog&apos;s groups.</source>
        <translation>„%1“ ist keine Gruppe dieses Katalogs.</translation>
    </message>
    <message>
        <source>“%1” is not a built-in catalog; the built-in catalogs are %2.</source>
        <translation>„%1“ ist kein integrierter Katalog; die integrierten Kataloge sind %2.</translation>
    </message>
    <message>
        <source>The built-in catalog “%1” is missing.</source>
        <translation>Der integrierte Katalog „%1“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” is neither a built-in catalog (%2) nor a file.</source>
        <translation>„%1“ ist weder ein eingebauter Katalog (%2) noch eine Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created the app “%1”.</source>
        <translation>App „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>The scopes of “%1” are now: %2.</source>
        <translation>Die Scopes von „%1“ sind jetzt: %2.</translation>
    </message>
    <message>
        <source>Delete the app “%1” and every one of its keys (%2)? Services using them are refused from then on.</source>
        <translation>Die App „%1“ und alle ihre Schlüssel (%2) löschen? Dienste, die sie verwenden, werden von da an abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the app “%1”.</source>
        <translation>App „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The local store FILE (it must exist).</source>
        <translation>Der lokale Speicher DATEI (er muss bereits existieren).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The scopekeeper-server at URL (https; http only to loopback).</source>
        <translation>Der scopekeeper-server unter URL (https; http nur zur Loopback-Adresse).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --server: also trust the CA certificates in FILE (PEM) for that server.</source>
        <translation>Mit --server: für diesen Server zusätzlich den CA-Zertifikaten in DATEI (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>table (default) or json; with export: the FILE to write (standard output when missing or -).</source>
        <translation>table (Standard) oder json; bei export: die zu schreibende DATEI (Standardausgabe, wenn sie fehlt oder - ist).</translation>
    </message>
    <message>
        <source>FORMAT|FILE</source>
        <translation>FORMAT|DATEI</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Ohne Nachfrage löschen.</translation>
    </message>
    <message>
        <source>A scope id (repeat it for several scopes).</source>
        <translation>Eine Scope-ID (für mehrere Scopes wiederholen).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The app, by name.</source>
        <translation>Die App, anhand ihres Namens.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The new key&apos;s name.</source>
        <translation>Der Name des neuen Schlüssels.</translation>
    </message>
    <message>
        <source>The key, by name.</source>
        <translation>Der Schlüssel, anhand seines Namens.</translation>
    </message>
    <message>
        <source>The new key expires after DAYS days (default 90; at most a year).</source>
        <translation>Der neue Schlüssel läuft nach TAGE Tagen ab (Standard 90; höchstens ein Jahr).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Only keys that have not expired and expire within DAYS days.</source>
        <translation>Nur Schlüssel, die nicht abgelaufen sind und innerhalb von TAGE Tagen ablaufen.</translation>
    </message>
    <message>
        <source>Only keys not used for DAYS days (and keys never used, created more than DAYS days ago).</source>
        <translation>Nur Schlüssel, die seit TAGE Tagen nicht genutzt wurden (und nie genutzte Schlüssel, die vor mehr als TAGE Tagen erstellt wurden).</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export: csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>audit: at most N entries (1 to 1000, default 100).</source>
        <translation>audit: höchstens N Einträge (1 bis 1000, Standard 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der obigen Befehle.</translation>
    </message>
    <message>
        <source>COMMAND [NAME...]</source>
        <translation>BEFEHL [NAME...]</translation>
    </message>
    <message>
        <source>Run “scopekeeper-cli --help” for the commands and options.</source>
        <translation>Führen Sie „scopekeeper-cli --help“ aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>“%1” takes %2 name(s) after it, not %3.</source>
        <translation>„%1“ erwartet danach %2 Name(n), nicht %3.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 passt nicht zu „%2“.</translation>
    </message>
    <message>
        <source>Give either --database FILE or --server URL.</source>
        <translation>Geben Sie entweder --database DATEI oder --server URL an.</translation>
    </message>
    <message>
        <source>--database: give the store&apos;s file.</source>
        <translation>--database: Geben Sie die Datei des Speichers an.</translation>
    </message>
    <message>
        <source>--ca-file goes with --server.</source>
        <translation>--ca-file gehört zu --server.</translation>
    </message>
    <message>
        <source>export: --output takes the FILE to write (“./%1” for a file named so); the format is --format csv|json.</source>
        <translation>export: --output erwartet die zu schreibende DATEI („./%1“ für eine Datei dieses Namens); das Format wird mit --format csv|json angegeben.</translation>
    </message>
    <message>
        <source>export: give --format csv or --format json.</source>
        <translation>export: Geben Sie --format csv oder --format json an.</translation>
    </message>
    <message>
        <source>--output: “%1” is not table or json.</source>
        <translation>--output: „%1“ ist weder table noch json.</translation>
    </message>
    <message>
        <source>keys create: give --app NAME and --name NAME.</source>
        <translation>keys create: Geben Sie --app NAME und --name NAME an.</translation>
    </message>
    <message>
        <source>--expires-in: “%1” is not a number of days.</source>
        <translation>--expires-in: „%1“ ist keine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>keys delete: give --app NAME and --key NAME.</source>
        <translation>keys delete: Geben Sie --app NAME und --key NAME an.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a number of days.</source>
        <translation>--%1: „%2“ ist keine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>--limit: “%1” is not a number from 1 to 1000.</source>
        <translation>--limit: „%1“ ist keine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>verify: give one --scope ID; the key is read from standard input.</source>
        <translation>verify: Geben Sie genau ein --scope ID an; der Schlüssel wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>No app is named “%1”.</source>
        <translation>Es gibt keine App namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” has no key named “%2”.</source>
        <translation>„%1“ hat keinen Schlüssel namens „%2“.</translation>
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
        <translation>Schlüssel „%1“ von „%2“ (%3…) erstellt, läuft am %4 ab. Sein Geheimnis wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Delete the key “%1” (%2…) of “%3”? Services using it are refused from then on.</source>
        <translation>Den Schlüssel „%1“ (%2…) von „%3“ löschen? Dienste, die ihn verwenden, werden von da an abgelehnt.</translation>
    </message>
    <message>
        <source>Deleted the key “%1” of “%2”.</source>
        <translation>Schlüssel „%1“ von „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>%1 Zeilen nach „%2“ geschrieben.</translation>
    </message>
    <message>
        <source>Key: </source>
        <translation>Schlüssel: </translation>
    </message>
    <message>
        <source>Give the key on standard input.</source>
        <translation>Geben Sie den Schlüssel über die Standardeingabe ein.</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>erstellt von</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ABLAUF</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>LETZTE NUTZUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>No administrator token for %1: set %2, or connect once with the console (scopekeeper --server %1) and remember the token in the keychain. (%3)</source>
        <translation>Kein Administrator-Token für %1: Setzen Sie %2, oder verbinden Sie sich einmal mit der Konsole (scopekeeper --server %1) und speichern Sie das Token im Schlüsselbund. (%3)</translation>
    </message>
    <message>
        <source>--database: there is no store at “%1”. scopekeeper-cli creates none; the console or scopekeeper-server makes one.</source>
        <translation>--database: Unter „%1“ gibt es keinen Speicher. scopekeeper-cli erstellt keinen; die Konsole oder scopekeeper-server legt einen an.</translation>
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
        <translation>scopekeeper-cli: API-Apps mit Scopes und ihre Schlüssel, für Skripte. Es arbeitet mit einem lokalen Speicher (--database DATEI, der bereits existieren muss) oder mit einem scopekeeper-server (--server URL, mit dem Administrator-Token aus SCOPEKEEPER_TOKEN oder sonst dem, das die Konsole für diesen Server im Schlüsselbund speichert).

Befehle:
  apps list                         alle Apps
  apps show NAME                    eine App und ihre Schlüssel
  apps create NAME --scope ID...    eine neue App mit diesen Scopes
  apps rename NAME NEU              benennt eine App um
  apps set-scopes NAME --scope ID...
                                    ersetzt die Scopes einer App (ihre Schlüssel folgen sofort)
  apps delete NAME [--yes]          löscht eine App und alle ihre Schlüssel
  keys list [--app NAME] [--expiring-within TAGE] [--unused-for TAGE]
                                    Schlüssel; die innerhalb von TAGE Tagen ablaufen oder
                                    seit TAGE Tagen nicht genutzt wurden (nie genutzt und älter)
  keys create --app NAME --name NAME [--expires-in TAGE]
                                    ein neuer Schlüssel (90 Tage, wenn nicht angegeben); sein Geheimnis geht
                                    allein auf die Standardausgabe und wird nie wieder angezeigt
  keys roll --app NAME --key NAME [--grace DAUER] [--name NAME] [--expires-in TAGE]
                                    ein neuer Schlüssel anstelle von SCHLÜSSEL, mit dessen Scopes
                                    (sein Geheimnis allein auf die Standardausgabe); SCHLÜSSEL
                                    funktioniert nach DAUER nicht mehr (0, 90s, 30m, 1h, 24h, 7d;
                                    24h, wenn nicht angegeben; höchstens 30d und bis zum Ablauf
                                    des Schlüssels). Der neue Schlüssel heißt „SCHLÜSSEL (rotiert am DATUM)“, außer mit --name
  keys delete --app NAME --key NAME [--yes]
                                    löscht einen Schlüssel: Dienste lehnen ihn von da an ab
  export --format csv|json [--output DATEI]
                                    das Inventar: jeder Schlüssel und jede App ohne
                                    Schlüssel (nie ein Geheimnis); auf die Standardausgabe, außer mit DATEI
  audit [--limit N]                 das Aktivitätsprotokoll, neueste zuerst (100 Einträge, wenn nicht angegeben)
  verify --scope ID                 darf der von der Standardeingabe gelesene Schlüssel
                                    Scope ID verwenden? Exit-Code 0, wenn ja, 1, wenn nicht

Listen und geänderte Apps gehen auf die Standardausgabe, als Tabelle oder mit --output json als JSON; Meldungen und Fragen gehen auf die Standardfehlerausgabe. Vor dem Löschen wird auf einem Terminal nachgefragt, außer --yes ist angegeben; ist die Standardeingabe kein Terminal, wird nicht nachgefragt.
Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen (die Meldung nennt das Feld), 2 ein Bedienungsfehler.</translation>
    </message>
    <message>
        <source>keys roll: how long the old key keeps working: 0, 90s, 30m, 1h, 24h, 7d (default 24h; at most 30 days).</source>
        <translation>keys roll: wie lange der alte Schlüssel weiter funktioniert: 0, 90s, 30m, 1h, 24h, 7d (Standard 24h; höchstens 30 Tage).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>keys roll: give --app NAME and --key NAME.</source>
        <translation>keys roll: Geben Sie --app NAME und --key NAME an.</translation>
    </message>
    <message>
        <source>--grace: “%1” is not a duration; give 0, 90s, 30m, 1h, 24h or 7d.</source>
        <translation>--grace: „%1“ ist keine Dauer; geben Sie 0, 90s, 30m, 1h, 24h oder 7d an.</translation>
    </message>
    <message>
        <source>Rolled the key “%1” of “%2”: it stops %3. The new key “%4” (%5…) expires %6; its secret is shown this once.</source>
        <translation>Schlüssel „%1“ von „%2“ rotiert: Er funktioniert ab %3 nicht mehr. Der neue Schlüssel „%4“ (%5…) läuft am %6 ab; sein Geheimnis wird nur dieses eine Mal angezeigt.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
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
        <translation>Administrator-&amp;Token:</translation>
    </message>
    <message>
        <source>Administrator token</source>
        <translation>Administrator-Token</translation>
    </message>
    <message>
        <source>ska_…</source>
        <translation>ska_…</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the keychain</source>
        <translation>Token im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <translation>CA-&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Only for a server whose certificate was issued by your own CA: the PEM file of that CA. Leave empty to trust the system&apos;s CA certificates only.</source>
        <translation>Nur für einen Server, dessen Zertifikat von Ihrer eigenen Zertifizierungsstelle (CA) ausgestellt wurde: die PEM-Datei dieser CA. Lassen Sie das Feld leer, um nur den CA-Zertifikaten des Systems zu vertrauen.</translation>
    </message>
    <message>
        <source>Optional: the PEM file of your own CA</source>
        <translation>Optional: die PEM-Datei Ihrer eigenen CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Nach der CA-Zertifikatsdatei suchen</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create new API key</source>
        <translation>Neuen API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>Schlüssel&amp;name:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>For example: Nightly deployment</source>
        <translation>Zum Beispiel: Nächtliche Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Expiry &amp;date:</source>
        <translation>Ablauf&amp;datum:</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>&amp;All of the app&apos;s scopes</source>
        <translation>&amp;Alle Scopes der App</translation>
    </message>
    <message>
        <source>All of the app&apos;s scopes</source>
        <translation>Alle Scopes der App</translation>
    </message>
    <message>
        <source>&amp;Only these scopes:</source>
        <translation>N&amp;ur diese Scopes:</translation>
    </message>
    <message>
        <source>Only these scopes</source>
        <translation>Nur diese Scopes</translation>
    </message>
    <message>
        <source>Scopes of the key</source>
        <translation>Scopes des Schlüssels</translation>
    </message>
</context>
<context>
    <name>DeleteFlows</name>
    <message>
        <source>Delete the API key “%1” of “%2”?</source>
        <translation>API-Schlüssel „%1“ von „%2“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API key(s)?</source>
        <translation>
            <numerusform>%n API-Schlüssel löschen?</numerusform>
            <numerusform>%n API-Schlüssel löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>A service that uses %1 stops working at once. This cannot be undone: a deleted key cannot be restored.</source>
        <translation>Ein Dienst, der %1 verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden: Ein gelöschter Schlüssel lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>this key</source>
        <translation>diesen Schlüssel</translation>
    </message>
    <message>
        <source>one of these keys</source>
        <translation>einen dieser Schlüssel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n API-Schlüssel gelöscht.</numerusform>
            <numerusform>%n API-Schlüssel gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every key could be deleted:
%1</source>
        <translation>Nicht alle Schlüssel konnten gelöscht werden:
%1</translation>
    </message>
    <message>
        <source>It has no API keys. This cannot be undone.</source>
        <translation>Diese App hat keine API-Schlüssel. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n API key(s) will stop working at once. This cannot be undone.</source>
        <translation>
            <numerusform>%n API-Schlüssel dieser App funktioniert dann sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n API-Schlüssel dieser App funktionieren dann sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Delete the app “%1”?</source>
        <translation>App „%1“ löschen?</translation>
    </message>
    <message>
        <source>App “%1” deleted.</source>
        <translation>App „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <comment>a key&apos;s name: why it was not deleted</comment>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Delete the API key “%1”?</source>
        <translation>API-Schlüssel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleting an API key is permanent: it cannot be undone. Applications using it will stop working.</source>
        <translation>Das Löschen eines API-Schlüssels ist endgültig: Es kann nicht rückgängig gemacht werden. Anwendungen, die ihn verwenden, funktionieren dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>KeyFlow</name>
    <message>
        <source>The key may have been created</source>
        <translation>Der Schlüssel wurde möglicherweise erstellt</translation>
    </message>
    <message>
        <source>The answer to creating the key “%1” of “%2” was lost on its way, and the server now lists a key “%1” created by you at %3.</source>
        <translation>Die Antwort auf das Erstellen des Schlüssels „%1“ von „%2“ ging unterwegs verloren, und der Server führt jetzt einen Schlüssel „%1“, den Sie um %3 erstellt haben.</translation>
    </message>
    <message>
        <source>Its secret never reached the console, and it cannot be shown again: nobody can use this key. Delete it, then create a new key to get a secret.</source>
        <translation>Sein Geheimnis hat die Konsole nie erreicht und kann nicht erneut angezeigt werden: Niemand kann diesen Schlüssel verwenden. Löschen Sie ihn und erstellen Sie dann einen neuen Schlüssel, um ein Geheimnis zu erhalten.</translation>
    </message>
    <message>
        <source>&amp;Delete Key…</source>
        <translation>Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>+ New API key</source>
        <translation>+ Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete selected keys</source>
        <translation>Ausgewählte Schlüssel löschen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel durchsuchen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>No API keys yet. Create an app first, then its keys.</source>
        <translation>Noch keine API-Schlüssel. Erstellen Sie zuerst eine App und dann ihre Schlüssel.</translation>
    </message>
    <message>
        <source>Search by key, app, prefix or scope</source>
        <translation>Nach Schlüssel, App, Präfix oder Scope suchen</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>API Apps</source>
        <translation>API-Apps</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo-Speicher</translation>
    </message>
    <message>
        <source>Demo store: its apps and keys are for demonstration and training only. Its keys work nowhere else.</source>
        <translation>Demo-Speicher: Seine Apps und Schlüssel dienen nur zur Vorführung und Schulung. Seine Schlüssel funktionieren nirgendwo sonst.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Stores</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Local Store…</source>
        <translation>&amp;Neuer lokaler Speicher…</translation>
    </message>
    <message>
        <source>&amp;Open Local Store…</source>
        <translation>Lokalen Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New &amp;Demo Store</source>
        <translation>Neuer &amp;Demo-Speicher</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Disconnect from the server and delete its token from the keychain</source>
        <translation>Verbindung zum Server trennen und sein Token aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Create an &amp;App…</source>
        <translation>&amp;App erstellen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Scopekeeper</source>
        <translation>Ü&amp;ber Scopekeeper</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect to the server again with a valid administrator token</source>
        <translation>Mit einem gültigen Administrator-Token erneut mit dem Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Speicher &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the keys that expire soon</source>
        <translation>Die bald ablaufenden Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Open the API Keys page showing only these keys</source>
        <translation>Die Seite „API-Schlüssel“ öffnen und nur diese Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminder</source>
        <translation>Die Ablauferinnerung schließen</translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>Inventar e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every key and app, without secrets, to a CSV or JSON file for a compliance review</source>
        <translation>Alle Schlüssel und Apps ohne Geheimnisse für eine Compliance-Prüfung in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
</context>
<context>
    <name>OneTimeKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again.</source>
        <translation>Kopieren Sie diesen Schlüssel jetzt. Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Read-only. Copy this key now. It will not be shown again.</source>
        <translation>Schreibgeschützt. Kopieren Sie diesen Schlüssel jetzt. Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Copy and Close</source>
        <translation>&amp;Kopieren und schließen</translation>
    </message>
    <message>
        <source>Copy and Close</source>
        <translation>Kopieren und schließen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear a copied key from the clipboard &amp;after:</source>
        <translation>Kopierten Schlüssel aus der Zwischenablage entfernen &amp;nach:</translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation>Verzögerung bis zum Entfernen aus der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Default expiry of new keys:</source>
        <translation>&amp;Standardgültigkeit neuer Schlüssel:</translation>
    </message>
    <message>
        <source>Default expiry of new keys</source>
        <translation>Standardgültigkeit neuer Schlüssel</translation>
    </message>
    <message>
        <source>A copied key is cleared only if the clipboard still holds it, and always when Scopekeeper quits.</source>
        <translation>Ein kopierter Schlüssel wird nur entfernt, wenn er noch in der Zwischenablage liegt, und immer beim Beenden von Scopekeeper.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used when Scopekeeper starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Scopekeeper verwendet.</translation>
    </message>
    <message>
        <source>&amp;Refresh the page on screen:</source>
        <translation>Angezeigte Seite &amp;aktualisieren:</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <source>Shows changes made elsewhere (another console, the server) without F5</source>
        <translation>Zeigt anderweitig vorgenommene Änderungen (in einer anderen Konsole, auf dem Server) ohne F5 an</translation>
    </message>
    <message>
        <source>Remind me of keys that e&amp;xpire within:</source>
        <translation>An Schlüssel erinnern, die a&amp;blaufen in den nächsten:</translation>
    </message>
    <message>
        <source>Expiry reminder in days</source>
        <translation>Ablauferinnerung in Tagen</translation>
    </message>
    <message>
        <source>When the store opens and after each refresh, the window says how many keys expire within this many days; 0 turns the reminder off</source>
        <translation>Beim Öffnen des Speichers und nach jeder Aktualisierung zeigt das Fenster an, wie viele Schlüssel innerhalb dieser Anzahl von Tagen ablaufen; 0 schaltet die Erinnerung aus</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>A key is &amp;unused when not used in:</source>
        <translation>Ein Schlüssel gilt als &amp;ungenutzt ohne Nutzung seit:</translation>
    </message>
    <message>
        <source>Days without use of an unused key</source>
        <translation>Tage ohne Nutzung eines ungenutzten Schlüssels</translation>
    </message>
    <message>
        <source>The API Keys page&apos;s “Not used in N days” filter; a key never used counts from its creation</source>
        <translation>Der Filter „Seit N Tagen nicht genutzt“ der Seite „API-Schlüssel“; bei einem nie genutzten Schlüssel zählt die Zeit ab seiner Erstellung</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: “%1” is an auditor, who reads apps, keys and the activity and changes nothing.</source>
        <translation>Nur lesen: „%1“ ist Prüfer und liest Apps, Schlüssel und die Aktivität, ändert aber nichts.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks, tabs or other control characters.</source>
        <translation>%1 darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 must not contain text-direction control characters.</source>
        <translation>%1 darf keine Steuerzeichen für die Textrichtung enthalten.</translation>
    </message>
    <message>
        <source>%1 must contain at least one visible character.</source>
        <translation>%1 muss mindestens ein sichtbares Zeichen enthalten.</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Der App-Name</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Der Schlüsselname</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens einen Scope aus.</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>Wählen Sie ein Ablaufdatum aus.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The expiry date must be at most one year from now (%1 at the latest).</source>
        <translation>Das Ablaufdatum darf höchstens ein Jahr in der Zukunft liegen (spätestens %1).</translation>
    </message>
    <message>
        <source>An app named “%1” already exists.</source>
        <translation>Es gibt bereits eine App namens „%1“.</translation>
    </message>
    <message>
        <source>This app already has a key named “%1”.</source>
        <translation>Diese App hat bereits einen Schlüssel namens „%1“.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a scope id in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Not in this store&apos;s scope catalog (%1): %2.</source>
        <extracomment>%1: the catalog&apos;s id; %2: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”</extracomment>
        <translation>Nicht im Scope-Katalog dieses Speichers (%1): %2.</translation>
    </message>
    <message>
        <source>%1 must not contain invisible characters; it holds U+%2.</source>
        <translation>%1 darf keine unsichtbaren Zeichen enthalten; er enthält U+%2.</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Der Administratorname</translation>
    </message>
    <message>
        <source>“%1” looks like the existing app “%2”; choose a name that cannot be mistaken for it.</source>
        <translation>„%1“ sieht aus wie die vorhandene App „%2“; wählen Sie einen Namen, der nicht mit ihr verwechselt werden kann.</translation>
    </message>
    <message>
        <source>A page holds 1 to %1 rows.</source>
        <translation>Eine Seite enthält 1 bis %1 Zeilen.</translation>
    </message>
    <message>
        <source>A key may only have scopes of its app; the app does not have %1.</source>
        <extracomment>%1: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”</extracomment>
        <translation>Ein Schlüssel darf nur Scopes seiner App haben; die App hat %1 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The grace must be between 0 (stop the old key at once) and %n day(s).</source>
        <translation>
            <numerusform>Die Übergangsfrist muss zwischen 0 (alten Schlüssel sofort stoppen) und %n Tag liegen.</numerusform>
            <numerusform>Die Übergangsfrist muss zwischen 0 (alten Schlüssel sofort stoppen) und %n Tagen liegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This key has expired: create a new key instead of rolling it.</source>
        <translation>Dieser Schlüssel ist abgelaufen: Erstellen Sie einen neuen Schlüssel, statt ihn zu rotieren.</translation>
    </message>
    <message>
        <source>This key is already being rolled: it stops at %1 UTC. Roll the key that replaced it instead.</source>
        <translation>Dieser Schlüssel wird bereits rotiert: Er funktioniert ab %1 UTC nicht mehr. Rotieren Sie stattdessen den Schlüssel, der ihn ersetzt hat.</translation>
    </message>
    <message>
        <source>%1 (rolled %2)</source>
        <translation>%1 (rotiert am %2)</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>The store cannot be written (%1): %2</source>
        <translation>Der Speicher ist schreibgeschützt (%1): %2</translation>
    </message>
    <message>
        <source>The store failed while %1: %2</source>
        <translation>Im Speicher ist ein Fehler aufgetreten (%1): %2</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Es wurde keine Speicherdatei angegeben.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a Scopekeeper store file.</source>
        <translation>„%1“ ist ein Ordner oder ein Gerät, keine Scopekeeper-Speicherdatei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Scopekeeper store (it is not an SQLite database). It was not changed.</source>
        <translation>„%1“ ist kein Scopekeeper-Speicher (keine SQLite-Datenbank). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no store at “%1”.</source>
        <translation>Unter „%1“ gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be created: the folder “%2” cannot be created.</source>
        <translation>Der Speicher „%1“ kann nicht erstellt werden: Der Ordner „%2“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written: %2 is read-only. Scopekeeper needs to write the file and the folder it is in.</source>
        <translation>Der Speicher „%1“ kann nicht geschrieben werden, weil %2 schreibgeschützt ist. Scopekeeper muss in die Datei und in ihren Ordner schreiben können.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>the folder “%1”</source>
        <translation>der Ordner „%1“</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>opening “%1”</source>
        <translation>Öffnen von „%1“</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <source>enabling the write-ahead log</source>
        <translation>Aktivieren des Write-Ahead-Logs</translation>
    </message>
    <message>
        <source>setting the sync mode</source>
        <translation>Festlegen des Synchronisierungsmodus</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The PostgreSQL database cannot be reached: %1</source>
        <translation>Die PostgreSQL-Datenbank ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>Sperren des Schemas</translation>
    </message>
    <message>
        <source>“%1” is not a Scopekeeper store (it cannot be read as a database). It was not changed.</source>
        <translation>„%1“ ist kein Scopekeeper-Speicher (nicht als Datenbank lesbar). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>Lesen der Datenbanktabellen</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Scopekeeper store. It was not changed.</source>
        <translation>„%1“ ist eine Datenbank, aber kein Scopekeeper-Speicher. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>reading the store&apos;s description</source>
        <translation>Lesen der Speicherbeschreibung</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Scopekeeper (store format %2; this version reads up to %3). Update Scopekeeper to open it. It was not changed.</source>
        <translation>„%1“ wurde von einer neueren Version von Scopekeeper geschrieben (Speicherformat %2; diese Version liest bis Format %3). Aktualisieren Sie Scopekeeper, um den Speicher zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>“%1” has a damaged store description (no format version). It was not changed.</source>
        <translation>„%1“ hat eine beschädigte Speicherbeschreibung (keine Formatversion). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>creating the store</source>
        <translation>Erstellen des Speichers</translation>
    </message>
    <message>
        <source>upgrading the store</source>
        <translation>Aktualisieren des Speichers</translation>
    </message>
    <message>
        <source>the store&apos;s catalog</source>
        <translation>Katalog des Speichers</translation>
    </message>
    <message>
        <source>listing the apps</source>
        <translation>Auflisten der Apps</translation>
    </message>
    <message>
        <source>reading the app</source>
        <translation>Lesen der App</translation>
    </message>
    <message>
        <source>The app does not exist (any more).</source>
        <translation>Die App existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>No app has this id.</source>
        <translation>Es gibt keine App mit dieser ID.</translation>
    </message>
    <message>
        <source>reading the app&apos;s scopes</source>
        <translation>Lesen der Scopes der App</translation>
    </message>
    <message>
        <source>creating the app</source>
        <translation>Erstellen der App</translation>
    </message>
    <message>
        <source>changing the app</source>
        <translation>Ändern der App</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since it was loaded. Reload it to see the changes, then make yours again.</source>
        <translation>„%1“ wurde seit dem Laden von jemand anderem geändert. Laden Sie die App neu, um die Änderungen zu sehen, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>renaming the app</source>
        <translation>Umbenennen der App</translation>
    </message>
    <message>
        <source>changing the app&apos;s scopes</source>
        <translation>Ändern der Scopes der App</translation>
    </message>
    <message>
        <source>deleting the app</source>
        <translation>Löschen der App</translation>
    </message>
    <message>
        <source>listing the app&apos;s keys</source>
        <translation>Auflisten der Schlüssel der App</translation>
    </message>
    <message>
        <source>listing the keys</source>
        <translation>Auflisten der Schlüssel</translation>
    </message>
    <message>
        <source>creating the key</source>
        <translation>Erstellen des Schlüssels</translation>
    </message>
    <message>
        <source>deleting the key</source>
        <translation>Löschen des Schlüssels</translation>
    </message>
    <message>
        <source>The key does not exist (any more).</source>
        <translation>Der Schlüssel existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>This app has no key with this id.</source>
        <translation>Diese App hat keinen Schlüssel mit dieser ID.</translation>
    </message>
    <message>
        <source>verifying a key</source>
        <translation>Prüfen eines Schlüssels</translation>
    </message>
    <message>
        <source>recording when keys were last used</source>
        <translation>Erfassen der letzten Nutzung von Schlüsseln</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Aktivitätsprotokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Aktivitätsprotokolls</translation>
    </message>
    <message>
        <source>An administrator token hash must be SHA-256 hex.</source>
        <translation>Der Hash eines Administrator-Tokens muss ein SHA-256-Hexwert sein.</translation>
    </message>
    <message>
        <source>An administrator named “%1” already exists.</source>
        <translation>Es gibt bereits einen Administrator namens „%1“.</translation>
    </message>
    <message>
        <source>creating the administrator</source>
        <translation>Erstellen des Administrators</translation>
    </message>
    <message>
        <source>checking an administrator token</source>
        <translation>Prüfen eines Administrator-Tokens</translation>
    </message>
    <message>
        <source>The administrator token was not recognised.</source>
        <translation>Das Administrator-Token wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>The demo needs the “%1” catalog.</source>
        <translation>Die Demo benötigt den Katalog „%1“.</translation>
    </message>
    <message>
        <source>The role is “admin” or “auditor”, not “%1”.</source>
        <translation>Die Rolle ist „admin“ oder „auditor“, nicht „%1“.</translation>
    </message>
    <message>
        <source>An administrator token expires within %1 days.</source>
        <translation>Ein Administrator-Token läuft innerhalb von %1 Tagen ab.</translation>
    </message>
    <message>
        <source>listing the administrators</source>
        <translation>Auflisten der Administratoren</translation>
    </message>
    <message>
        <source>revoking the administrator</source>
        <translation>Widerrufen des Administrators</translation>
    </message>
    <message>
        <source>There is no administrator named “%1”.</source>
        <translation>Es gibt keinen Administrator namens „%1“.</translation>
    </message>
    <message>
        <source>The disk that holds the store is full, so %1 did not happen; nothing was changed. Free some space on it (the store is %2) and try again.</source>
        <translation>Die Festplatte, auf der der Speicher liegt, ist voll, daher ist %1 nicht geschehen; nichts wurde geändert. Schaffen Sie dort Platz (der Speicher ist %2) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A store on PostgreSQL is backed up with pg_dump, not here.</source>
        <translation>Ein Speicher auf PostgreSQL wird mit pg_dump gesichert, nicht hier.</translation>
    </message>
    <message>
        <source>“%1” exists already; a backup never overwrites a file.</source>
        <translation>„%1“ existiert bereits; eine Sicherung überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>Schreiben der Sicherung</translation>
    </message>
    <message>
        <source>The connection to the database (%1) was lost, so %2 may not have happened. Try again once the database can be reached.</source>
        <translation>Die Verbindung zur Datenbank (%1) ist abgebrochen, daher ist %2 möglicherweise nicht geschehen. Versuchen Sie es erneut, sobald die Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <source>Another program holds the store locked (the store is %2), so %1 did not happen; nothing was changed. Try again in a moment; if it stays locked, close the other program that has it open.</source>
        <translation>Ein anderes Programm hält den Speicher gesperrt (der Speicher ist %2), daher ist %1 nicht geschehen; nichts wurde geändert. Versuchen Sie es gleich erneut; bleibt er gesperrt, schließen Sie das andere Programm, das ihn geöffnet hat.</translation>
    </message>
    <message>
        <source>The database (%1) cannot be reached: %2</source>
        <translation>Die Datenbank (%1) ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full, so the backup was not written; nothing was left behind. Free some space on it, or choose another place, and try again.</source>
        <translation>Der Datenträger mit „%1“ ist voll, daher wurde die Sicherung nicht geschrieben; nichts wurde zurückgelassen. Geben Sie dort Speicherplatz frei oder wählen Sie einen anderen Ort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The page position is not one this store gave.</source>
        <translation>Diese Seitenposition stammt nicht von diesem Speicher.</translation>
    </message>
    <message>
        <source>listing your keys</source>
        <translation>Auflisten Ihrer Schlüssel</translation>
    </message>
    <message>
        <source>This store scopes each key on its own (per-key): it has no apps. Create personal keys instead (User API Keys).</source>
        <translation>Dieser Speicher vergibt die Scopes für jeden Schlüssel einzeln (per-key): Er hat keine Apps. Erstellen Sie stattdessen persönliche Schlüssel (Benutzer-API-Schlüssel).</translation>
    </message>
    <message>
        <source>You have no key with this id.</source>
        <translation>Sie haben keinen Schlüssel mit dieser ID.</translation>
    </message>
    <message>
        <source>rolling the key</source>
        <translation>Rotieren des Schlüssels</translation>
    </message>
</context>
<context>
    <name>UserKeysPage</name>
    <message>
        <source>User API Keys</source>
        <translation>Benutzer-API-Schlüssel</translation>
    </message>
    <message>
        <source>+ New API key</source>
        <translation>+ Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete selected keys</source>
        <translation>Ausgewählte Schlüssel löschen</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel durchsuchen</translation>
    </message>
    <message>
        <source>Search by key name, prefix or scope</source>
        <translation>Nach Schlüsselname, Präfix oder Scope suchen</translation>
    </message>
    <message>
        <source>User API keys</source>
        <translation>Benutzer-API-Schlüssel</translation>
    </message>
    <message>
        <source>No API keys yet. “+ New API key” makes one, with the scopes you choose.</source>
        <translation>Noch keine API-Schlüssel. „+ Neuer API-Schlüssel“ erstellt einen, mit den Scopes, die Sie auswählen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Scopekeeper cannot start</source>
        <translation>Scopekeeper kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>sk::ActivityPage</name>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
</context>
<context>
    <name>sk::AppDialog</name>
    <message>
        <source>Untitled app</source>
        <translation>Unbenannte App</translation>
    </message>
    <message>
        <source>App “%1” created.</source>
        <translation>App „%1“ erstellt.</translation>
    </message>
    <message>
        <source>The app is created. Create its first API key, or choose Done and create keys later.</source>
        <translation>Die App wurde erstellt. Erstellen Sie jetzt ihren ersten API-Schlüssel, oder wählen Sie „Fertig“ und erstellen Sie Schlüssel später.</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Änderungen an „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>App changed elsewhere</source>
        <translation>App wurde anderweitig geändert</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it.</source>
        <translation>„%1“ wurde von jemand anderem geändert, nachdem Sie die App geöffnet haben.</translation>
    </message>
    <message>
        <source>Reload it to see the current name and scopes; your changes here will be discarded. Nothing was overwritten.</source>
        <translation>Laden Sie die App neu, um den aktuellen Namen und die aktuellen Scopes zu sehen; Ihre Änderungen hier werden dabei verworfen. Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Not saved: the app was changed elsewhere. Reload it before saving.</source>
        <translation>Nicht gespeichert: Die App wurde anderweitig geändert. Laden Sie sie vor dem Speichern neu.</translation>
    </message>
    <message>
        <source>Reloaded “%1”.</source>
        <translation>„%1“ neu geladen.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You changed “%1” but did not save.</source>
        <translation>Sie haben „%1“ geändert, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard your changes to the name and scopes?</source>
        <translation>Ihre Änderungen am Namen und an den Scopes verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No answer came back for the app “%1”: it may have been created. Checking with the server; it is not created again meanwhile.</source>
        <translation>Für die App „%1“ kam keine Antwort zurück: Sie wurde möglicherweise erstellt. Der Server wird gefragt; sie wird inzwischen nicht erneut erstellt.</translation>
    </message>
    <message>
        <source>The app “%1” may have been created, and the server cannot say: %2 Look for it in the list before creating it again.</source>
        <translation>Die App „%1“ wurde möglicherweise erstellt, und der Server kann es nicht sagen: %2 Suchen Sie sie in der Liste, bevor Sie sie erneut erstellen.</translation>
    </message>
    <message>
        <source>App “%1” created (its answer was lost on the way; the server has it).</source>
        <translation>App „%1“ erstellt (ihre Antwort ging unterwegs verloren; der Server hat sie).</translation>
    </message>
    <message>
        <source>The server has no app “%1”: it was not created, and nothing was changed. Next creates it now.</source>
        <translation>Der Server hat keine App „%1“: Sie wurde nicht erstellt, und nichts wurde geändert. „Weiter“ erstellt sie jetzt.</translation>
    </message>
    <message>
        <source>Roll key…</source>
        <translation>Schlüssel rotieren…</translation>
    </message>
</context>
<context>
    <name>sk::AppListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::AppsPage</name>
    <message>
        <source>Edit app</source>
        <translation>App bearbeiten</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Create an App</source>
        <translation>App erstellen</translation>
    </message>
    <message>
        <source>Create an app (%1)</source>
        <translation>App erstellen (%1)</translation>
    </message>
    <message>
        <source>Edit the selected app (%1)</source>
        <translation>Ausgewählte App bearbeiten (%1)</translation>
    </message>
    <message>
        <source>Delete the selected app (%1)</source>
        <translation>Ausgewählte App löschen (%1)</translation>
    </message>
    <message>
        <source>View app</source>
        <translation>App anzeigen</translation>
    </message>
    <message>
        <source>View the selected app (%1)</source>
        <translation>Ausgewählte App anzeigen (%1)</translation>
    </message>
</context>
<context>
    <name>sk::AuditLogModel</name>
    <message>
        <source>Created app</source>
        <translation>App erstellt</translation>
    </message>
    <message>
        <source>Changed app</source>
        <translation>App geändert</translation>
    </message>
    <message>
        <source>Deleted app</source>
        <translation>App gelöscht</translation>
    </message>
    <message>
        <source>Created key</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Deleted key</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>prefix %1, expires %2</source>
        <translation>Präfix %1, läuft am %2 ab</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>umbenannt von „%1“</translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted with it</source>
        <translation>
            <numerusform>%n Schlüssel mitgelöscht</numerusform>
            <numerusform>%n Schlüssel mitgelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Created administrator</source>
        <translation>Administrator erstellt</translation>
    </message>
    <message>
        <source>Revoked administrator</source>
        <translation>Administrator widerrufen</translation>
    </message>
    <message>
        <source>Refused token</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Started the audit chain</source>
        <translation>Audit-Kette begonnen</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>role</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <comment>role</comment>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>an unknown</source>
        <comment>refused token</comment>
        <translation>ein unbekanntes</translation>
    </message>
    <message>
        <source>a malformed</source>
        <comment>refused token</comment>
        <translation>ein fehlerhaftes</translation>
    </message>
    <message>
        <source>an expired</source>
        <comment>refused token</comment>
        <translation>ein abgelaufenes</translation>
    </message>
    <message>
        <source>a revoked</source>
        <comment>refused token</comment>
        <translation>ein widerrufenes</translation>
    </message>
    <message>
        <source>administrator “%1”, role %2, expires %3</source>
        <translation>Administrator „%1“, Rolle %2, läuft ab am %3</translation>
    </message>
    <message>
        <source>administrator “%1”</source>
        <translation>Administrator „%1“</translation>
    </message>
    <message>
        <source>%1 token, from %2</source>
        <translation>%1 Token, von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more refused from there since the entry before</source>
        <translation>
            <numerusform>%n weiteres von dort abgelehnt seit dem vorigen Eintrag</numerusform>
            <numerusform>%n weitere von dort abgelehnt seit dem vorigen Eintrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries not chained</source>
        <translation>
            <numerusform>%n früherer Eintrag nicht verkettet</numerusform>
            <numerusform>%n frühere Einträge nicht verkettet</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rolled key</source>
        <translation>Schlüssel rotiert</translation>
    </message>
    <message>
        <source>rolled from “%1” (prefix %2), which stops %3; prefix %4, expires %5</source>
        <translation>rotiert aus „%1“ (Präfix %2), der ab %3 nicht mehr funktioniert; Präfix %4, läuft am %5 ab</translation>
    </message>
</context>
<context>
    <name>sk::CatalogFile</name>
    <message>
        <source>it is a folder.</source>
        <translation>es ist ein Ordner.</translation>
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
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Guardrails</translation>
    </message>
    <message>
        <source>Deploy workflows</source>
        <translation>Workflows bereitstellen</translation>
    </message>
    <message>
        <source>Deploy a workflow so that it runs in production.</source>
        <translation>Einen Workflow bereitstellen, damit er in der Produktion läuft.</translation>
    </message>
    <message>
        <source>Undeploy workflows</source>
        <translation>Workflow-Bereitstellung aufheben</translation>
    </message>
    <message>
        <source>Take a deployed workflow out of production.</source>
        <translation>Einen bereitgestellten Workflow aus der Produktion nehmen.</translation>
    </message>
    <message>
        <source>Import workflows</source>
        <translation>Workflows importieren</translation>
    </message>
    <message>
        <source>Import a workflow definition from a file or another environment.</source>
        <translation>Eine Workflow-Definition aus einer Datei oder einer anderen Umgebung importieren.</translation>
    </message>
    <message>
        <source>Export workflows</source>
        <translation>Workflows exportieren</translation>
    </message>
    <message>
        <source>Export a workflow definition to a file.</source>
        <translation>Eine Workflow-Definition in eine Datei exportieren.</translation>
    </message>
    <message>
        <source>Deploy models</source>
        <translation>Modelle bereitstellen</translation>
    </message>
    <message>
        <source>Deploy a model so that workflows can call it.</source>
        <translation>Ein Modell bereitstellen, damit Workflows es aufrufen können.</translation>
    </message>
    <message>
        <source>Undeploy models</source>
        <translation>Modell-Bereitstellung aufheben</translation>
    </message>
    <message>
        <source>Take a deployed model out of service.</source>
        <translation>Ein bereitgestelltes Modell außer Betrieb nehmen.</translation>
    </message>
    <message>
        <source>Import models</source>
        <translation>Modelle importieren</translation>
    </message>
    <message>
        <source>Import a trained model from a file or a registry.</source>
        <translation>Ein trainiertes Modell aus einer Datei oder einer Registry importieren.</translation>
    </message>
    <message>
        <source>Export models</source>
        <translation>Modelle exportieren</translation>
    </message>
    <message>
        <source>Export a model to a file.</source>
        <translation>Ein Modell in eine Datei exportieren.</translation>
    </message>
    <message>
        <source>Deploy guardrails</source>
        <translation>Guardrails bereitstellen</translation>
    </message>
    <message>
        <source>Deploy guardrails that check model input and output.</source>
        <translation>Guardrails bereitstellen, die Ein- und Ausgaben von Modellen prüfen.</translation>
    </message>
    <message>
        <source>Undeploy guardrails</source>
        <translation>Guardrail-Bereitstellung aufheben</translation>
    </message>
    <message>
        <source>Take deployed guardrails out of service.</source>
        <translation>Bereitgestellte Guardrails außer Betrieb nehmen.</translation>
    </message>
    <message>
        <source>AIMMS PRO</source>
        <translation>AIMMS PRO</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Sign in and obtain session tokens on behalf of users.</source>
        <translation>Im Namen von Benutzern anmelden und Sitzungstoken abrufen.</translation>
    </message>
    <message>
        <source>Publish apps</source>
        <translation>Apps veröffentlichen</translation>
    </message>
    <message>
        <source>Publish, update and remove apps on the platform.</source>
        <translation>Apps auf der Plattform veröffentlichen, aktualisieren und entfernen.</translation>
    </message>
    <message>
        <source>Publish AIMMS versions</source>
        <translation>AIMMS-Versionen veröffentlichen</translation>
    </message>
    <message>
        <source>Upload and remove AIMMS versions that apps run on.</source>
        <translation>AIMMS-Versionen, auf denen Apps laufen, hochladen und entfernen.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Start, watch and cancel tasks.</source>
        <translation>Aufgaben starten, überwachen und abbrechen.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>List and end running app sessions.</source>
        <translation>Laufende App-Sitzungen auflisten und beenden.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Manage other API keys.</source>
        <translation>Andere API-Schlüssel verwalten.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Read and change secrets that apps use.</source>
        <translation>Von Apps verwendete Geheimnisse lesen und ändern.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Create, change and remove users.</source>
        <translation>Benutzer erstellen, ändern und entfernen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Change account settings.</source>
        <translation>Kontoeinstellungen ändern.</translation>
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
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://keys.example.com:8443.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Dies ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Enter the administrator token.</source>
        <translation>Geben Sie das Administrator-Token ein.</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose that file under “CA certificate file” and connect again.</source>
        <translation>Wählen Sie diese Datei unter „CA-Zertifikatsdatei“ aus und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
</context>
<context>
    <name>sk::ConsoleLauncher</name>
    <message>
        <source>Scopekeeper: manage scoped API apps and their API keys.

Without options it opens the store used last; on first run it creates a local store in %1.</source>
        <translation>Scopekeeper: API-Apps mit ihren Scopes und API-Schlüsseln verwalten.

Ohne Optionen wird der zuletzt verwendete Speicher geöffnet; beim ersten Start wird ein lokaler Speicher in %1 erstellt.</translation>
    </message>
    <message>
        <source>Open (or create) the local store FILE.</source>
        <translation>Den lokalen Speicher DATEI öffnen (oder erstellen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Connect to the Scopekeeper server at URL.</source>
        <translation>Mit dem Scopekeeper-Server unter URL verbinden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The scope catalog of a new store: a built-in id (%1) or a JSON file.</source>
        <translation>Der Scope-Katalog eines neuen Speichers: eine integrierte ID (%1) oder eine JSON-Datei.</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|DATEI</translation>
    </message>
    <message>
        <source>Quit as soon as the apps are shown (for scripts and benchmarks); print problems instead of showing them in a dialog.</source>
        <translation>Beenden, sobald die Apps angezeigt werden (für Skripte und Benchmarks); Probleme ausgeben, statt sie in einem Dialog anzuzeigen.</translation>
    </message>
    <message>
        <source>Run “scopekeeper --help” to see the options.</source>
        <translation>Führen Sie „scopekeeper --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. To open a store file, use --database FILE.</source>
        <translation>Unerwartetes Argument „%1“. Verwenden Sie --database DATEI, um eine Speicherdatei zu öffnen.</translation>
    </message>
    <message>
        <source>--server cannot be combined with --database or --demo: the console opens one store at a time.</source>
        <translation>--server kann nicht mit --database oder --demo kombiniert werden: Die Konsole öffnet jeweils nur einen Speicher.</translation>
    </message>
    <message>
        <source>--demo uses the “%1” catalog; it cannot be combined with --catalog %2.</source>
        <translation>--demo verwendet den Katalog „%1“ und kann nicht mit --catalog %2 kombiniert werden.</translation>
    </message>
    <message>
        <source>“%1” already exists. A new store needs a new file name; the existing file was not changed.</source>
        <translation>„%1“ existiert bereits. Ein neuer Speicher braucht einen neuen Dateinamen; die vorhandene Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>--server: “%1” is not a valid address.</source>
        <translation>--server: „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>--demo creates a fresh store, but “%1” already exists. Choose a new file name; the existing file was not changed.</source>
        <translation>--demo erstellt einen neuen Speicher, aber „%1“ existiert bereits. Wählen Sie einen neuen Dateinamen; die vorhandene Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The previous demo store “%1” cannot be removed.</source>
        <translation>Der vorherige Demo-Speicher „%1“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>--catalog applies only to a new store; this store keeps its catalog “%1”.</source>
        <translation>--catalog gilt nur für einen neuen Speicher; dieser Speicher behält seinen Katalog „%1“.</translation>
    </message>
    <message>
        <source>Open Local Store</source>
        <translation>Lokalen Speicher öffnen</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite *.db);;All files (*)</source>
        <translation>Scopekeeper-Speicher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Local Store</source>
        <translation>Neuer lokaler Speicher</translation>
    </message>
    <message>
        <source>new-store.sqlite</source>
        <translation>new-store.sqlite</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite)</source>
        <translation>Scopekeeper-Speicher (*.sqlite)</translation>
    </message>
    <message>
        <source>No token is stored for %1: connect once in the console and let it remember the token.</source>
        <translation>Für %1 ist kein Token gespeichert: Verbinden Sie sich einmal in der Konsole und lassen Sie das Token im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>With --server: also trust the CA certificates in FILE (PEM) for that server, e.g. your own CA&apos;s. It is remembered for the server&apos;s URL.</source>
        <translation>Mit --server: für diesen Server zusätzlich den CA-Zertifikaten in DATEI (PEM) vertrauen, z. B. denen Ihrer eigenen CA. Die Angabe wird für die URL des Servers gespeichert.</translation>
    </message>
    <message>
        <source>--ca-file is for a server: give it with --server URL.</source>
        <translation>--ca-file gilt für einen Server: Geben Sie die Option zusammen mit --server URL an.</translation>
    </message>
    <message>
        <source>Give that file with --ca-file FILE.</source>
        <translation>Geben Sie diese Datei mit --ca-file DATEI an.</translation>
    </message>
    <message>
        <source>To work on it again, choose Connect… and give a token; File &gt; Open Local Store… opens a local store.</source>
        <translation>Um wieder mit dem Server zu arbeiten, wählen Sie „Verbinden…“ und geben Sie ein Token ein; mit „Datei &gt; Lokalen Speicher öffnen…“ öffnen Sie einen lokalen Speicher.</translation>
    </message>
    <message>
        <source>Signed out of %1: its apps and keys are no longer shown.</source>
        <translation>Von %1 abgemeldet: Die Apps und Schlüssel des Servers werden nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>Signed out of %1: its token was deleted from the keychain, and its apps and keys are no longer shown.</source>
        <translation>Von %1 abgemeldet: Das Token wurde aus dem Schlüsselbund gelöscht, und die Apps und Schlüssel des Servers werden nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>Signed out of %1: its apps and keys are no longer shown. There is no keychain, so no token was kept.</source>
        <translation>Von %1 abgemeldet: Die Apps und Schlüssel des Servers werden nicht mehr angezeigt. Es gibt keinen Schlüsselbund, daher wurde kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain did not delete its token: %2</source>
        <translation>Von %1 abgemeldet, aber der Schlüsselbund hat das Token nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Not connected to a server: Connect to Server was cancelled.</source>
        <translation>Nicht mit einem Server verbunden: „Mit Server verbinden“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not connected to %1: Connect to Server was cancelled.</source>
        <translation>Nicht mit %1 verbunden: „Mit Server verbinden“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Start on a fresh demonstration store: the bank use case (apps and their keys), or, with “--demo aimms”, an AIMMS-style store of personal keys with scopes of their own. Its keys work nowhere else.</source>
        <translation>Mit einem neuen Demo-Speicher starten: dem Anwendungsfall Bank (Apps und ihre Schlüssel) oder, mit „--demo aimms“, einem Speicher im AIMMS-Stil mit persönlichen Schlüsseln mit eigenen Scopes. Seine Schlüssel funktionieren nirgendwo sonst.</translation>
    </message>
    <message>
        <source>How a new store scopes its keys: “per-app” (keys have their app&apos;s scopes) or “per-key” (each key gets its own scopes, on a “User API Keys” page). The default is per-key for the aimms-pro catalog, per-app otherwise.</source>
        <translation>Wie ein neuer Speicher seinen Schlüsseln Scopes zuweist: „per-app“ (Schlüssel haben die Scopes ihrer App) oder „per-key“ (jeder Schlüssel erhält eigene Scopes, auf einer Seite „Benutzer-API-Schlüssel“). Standard ist per-key für den Katalog aimms-pro, sonst per-app.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>--demo: unknown demonstration “%1”; choose %2.</source>
        <translation>--demo: unbekannte Demo „%1“; wählen Sie %2.</translation>
    </message>
    <message>
        <source>--scoping: “%1” is not a scoping mode; choose per-app or per-key.</source>
        <translation>--scoping: „%1“ ist kein Scoping-Modus; wählen Sie per-app oder per-key.</translation>
    </message>
    <message>
        <source>--scoping is for a new local store; a server&apos;s store keeps the mode it was created with (scopekeeper-server --scoping).</source>
        <translation>--scoping gilt für einen neuen lokalen Speicher; der Speicher eines Servers behält den Modus, mit dem er erstellt wurde (scopekeeper-server --scoping).</translation>
    </message>
    <message>
        <source>This demo store is %1; it cannot be combined with --scoping %2.</source>
        <translation>Dieser Demo-Speicher ist %1; er kann nicht mit --scoping %2 kombiniert werden.</translation>
    </message>
    <message>
        <source>--scoping applies only to a new store; this store keeps its mode “%1”.</source>
        <translation>--scoping gilt nur für einen neuen Speicher; dieser Speicher behält seinen Modus „%1“.</translation>
    </message>
</context>
<context>
    <name>sk::CreateKeyDialog</name>
    <message>
        <source>&amp;Generate Key</source>
        <translation>&amp;Schlüssel generieren</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Schlüssel generieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Eigenes Datum</translation>
    </message>
    <message>
        <source>The key will expire tomorrow, %1.</source>
        <translation>Der Schlüssel läuft morgen ab, am %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>Der Schlüssel läuft am %1 ab, in %n Tag.</numerusform>
            <numerusform>Der Schlüssel läuft am %1 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key could not be created.</source>
        <translation>Der Schlüssel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No answer came back for the key “%1”: it may have been created. Checking with the server; it is not created again meanwhile. (Cancel stops waiting; the key list then shows the key if it was made.)</source>
        <translation>Für den Schlüssel „%1“ kam keine Antwort zurück: Er wurde möglicherweise erstellt. Der Server wird gefragt; er wird inzwischen nicht erneut erstellt. („Abbrechen“ beendet das Warten; die Schlüsselliste zeigt den Schlüssel dann, falls er erstellt wurde.)</translation>
    </message>
    <message>
        <source>The key “%1” may have been created, and the server cannot say: %2 Look for it in the key list before creating it again.</source>
        <translation>Der Schlüssel „%1“ wurde möglicherweise erstellt, und der Server kann es nicht sagen: %2 Suchen Sie ihn in der Schlüsselliste, bevor Sie ihn erneut erstellen.</translation>
    </message>
    <message>
        <source>The server has no key “%1”: it was not created, and nothing was changed. Generate Key creates it now.</source>
        <translation>Der Server hat keinen Schlüssel „%1“: Er wurde nicht erstellt, und nichts wurde geändert. „Schlüssel generieren“ erstellt ihn jetzt.</translation>
    </message>
    <message>
        <source>The key will belong to “%1”, which has no scopes yet: it grants nothing until the app has some.</source>
        <translation>Der Schlüssel wird zu „%1“ gehören, die noch keine Scopes hat: Er gewährt nichts, bis die App welche hat.</translation>
    </message>
    <message>
        <source>The key will belong to “%1”, whose scopes are: %2. It can grant all of them, or only some.</source>
        <translation>Der Schlüssel wird zu „%1“ gehören, deren Scopes diese sind: %2. Er kann alle davon gewähren oder nur einige.</translation>
    </message>
    <message>
        <source>The key grants whatever scopes the app has: a scope added to the app later applies to it too.</source>
        <translation>Der Schlüssel gewährt alle Scopes, die die App hat: Ein später zur App hinzugefügter Scope gilt auch für ihn.</translation>
    </message>
    <message>
        <source>The key grants only the scopes ticked below, while the app has them: a scope added to the app later does not apply to it.</source>
        <translation>Der Schlüssel gewährt nur die unten angekreuzten Scopes, solange die App sie hat: Ein später zur App hinzugefügter Scope gilt nicht für ihn.</translation>
    </message>
    <message>
        <source>The store&apos;s scope catalog could not be read: %1</source>
        <translation>Der Scope-Katalog des Speichers konnte nicht gelesen werden: %1</translation>
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
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie genutzt</translation>
    </message>
    <message numerus="yes">
        <source>Not used in %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag nicht genutzt</numerusform>
            <numerusform>Seit %n Tagen nicht genutzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::KeyListModel</name>
    <message>
        <source>Key Name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Letzte Nutzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>This key has never been used.</source>
        <translation>Dieser Schlüssel wurde noch nie genutzt.</translation>
    </message>
    <message>
        <source>Expired on %1; services refuse this key.</source>
        <translation>Am %1 abgelaufen; Dienste lehnen diesen Schlüssel ab.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Narrowed: its app holds none of the key&apos;s scopes any more, so it grants nothing.</source>
        <translation>Eingeschränkt: Seine App hat keinen der Scopes des Schlüssels mehr, daher gewährt er nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Narrowed: %1 of the app&apos;s %n scope(s).</source>
        <extracomment>%1: how many scopes the key grants; %n: how many its app holds</extracomment>
        <translation>
            <numerusform>Eingeschränkt: %1 von %n Scope der App.</numerusform>
            <numerusform>Eingeschränkt: %1 von %n Scopes der App.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of the app&apos;s scopes:</source>
        <translation>Alle Scopes der App:</translation>
    </message>
    <message>
        <source>Rolled: stopped on %1; services refuse this key.</source>
        <translation>Rotiert: Funktioniert seit %1 nicht mehr; Dienste lehnen diesen Schlüssel ab.</translation>
    </message>
    <message>
        <source>Rolled: stops on %1; services refuse this key from then on.</source>
        <translation>Rotiert: Funktioniert ab %1 nicht mehr; Dienste lehnen diesen Schlüssel dann ab.</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Wird rotiert</translation>
    </message>
</context>
<context>
    <name>sk::KeysPage</name>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel löschen</numerusform>
            <numerusform>%n Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no apps yet. Create an app first: a key belongs to an app and grants its scopes.</source>
        <translation>Es gibt noch keine Apps. Erstellen Sie zuerst eine App: Ein Schlüssel gehört zu einer App und gewährt deren Scopes.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Which app is the key for? It grants that app&apos;s scopes, all of them or only some.</source>
        <translation>Für welche App ist der Schlüssel? Er gewährt die Scopes dieser App, alle oder nur einige.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
</context>
<context>
    <name>sk::ListPage</name>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel löschen</numerusform>
            <numerusform>%n Schlüssel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll key…</source>
        <translation>Schlüssel rotieren…</translation>
    </message>
    <message>
        <source>New API key…</source>
        <translation>Neuer API-Schlüssel…</translation>
    </message>
</context>
<context>
    <name>sk::MainWindow</name>
    <message>
        <source>%1 (demo) — Scopekeeper</source>
        <translation>%1 (Demo) — Scopekeeper</translation>
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
        <translation>Demo-Speicher: %1</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Lokaler Speicher: %1</translation>
    </message>
    <message>
        <source>Scope catalog: %1</source>
        <translation>Scope-Katalog: %1</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>About Scopekeeper</source>
        <translation>Über Scopekeeper</translation>
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
        <translation>SQLite — gemeinfrei</translation>
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
        <translation>&lt;h3&gt;Scopekeeper %1&lt;/h3&gt;&lt;p&gt;API-Apps mit Scopes und ihre API-Schlüssel.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die Autoren von Scopekeeper.&lt;br&gt;Freie Software unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Komponenten von Drittanbietern:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Server: %1 (signed out)</source>
        <translation>Server: %1 (abgemeldet)</translation>
    </message>
    <message>
        <source>Boost (Asio, Beast; in scopekeeper-server) — Boost Software License 1.0</source>
        <translation>Boost (Asio, Beast; in scopekeeper-server) — Boost Software License 1.0</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Your token expires today</source>
        <translation>Ihr Token läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>Your token expires in %n day(s)</source>
        <translation>
            <numerusform>Ihr Token läuft in %n Tag ab</numerusform>
            <numerusform>Ihr Token läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Your administrator token stops working on %1. Ask the server&apos;s operator for a new one before then, and connect with it.</source>
        <translation>Ihr Administrator-Token funktioniert ab %1 nicht mehr. Bitten Sie den Betreiber des Servers vorher um ein neues und verbinden Sie sich damit.</translation>
    </message>
    <message>
        <source>Write a copy of this store to a new file, to restore it from later</source>
        <translation>Eine Kopie dieses Speichers in eine neue Datei schreiben, um ihn später daraus wiederherzustellen</translation>
    </message>
    <message>
        <source>A server&apos;s store is backed up on the server&apos;s computer, with “scopekeeper-server backup FILE”</source>
        <translation>Der Speicher eines Servers wird auf dem Computer des Servers gesichert, mit „scopekeeper-server backup DATEI“</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-sicherung-%2.sqlite</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Speicher sichern</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite)</source>
        <translation>Scopekeeper-Speicher (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the store to %1…</source>
        <translation>Der Speicher wird nach %1 gesichert…</translation>
    </message>
    <message>
        <source>Store backed up to %1</source>
        <translation>Speicher nach %1 gesichert</translation>
    </message>
    <message>
        <source>The store was not backed up to %1.</source>
        <translation>Der Speicher wurde nicht nach %1 gesichert.</translation>
    </message>
    <message>
        <source>User API Keys</source>
        <translation>Benutzer-API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New API &amp;Key…</source>
        <translation>Neuer API-Sch&amp;lüssel…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within %1</source>
        <comment>the expiry reminder; %1: “14 days”</comment>
        <translation>
            <numerusform>%n Schlüssel läuft innerhalb von %1 ab</numerusform>
            <numerusform>%n Schlüssel laufen innerhalb von %1 ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>%1-inventory-%2.csv</source>
        <translation>%1-inventar-%2.csv</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Inventar exportieren</translation>
    </message>
    <message>
        <source>Exporting the inventory…</source>
        <translation>Das Inventar wird exportiert…</translation>
    </message>
    <message>
        <source>The inventory was not written to %1.</source>
        <translation>Das Inventar wurde nicht nach %1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::OneTimeKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>API-Schlüssel kopiert</translation>
    </message>
    <message>
        <source>Key “%1”, expires on %2.</source>
        <translation>Schlüssel „%1“, läuft am %2 ab.</translation>
    </message>
    <message>
        <source>Key “%1” of “%2”, expires on %3.</source>
        <translation>Schlüssel „%1“ von „%2“, läuft am %3 ab.</translation>
    </message>
    <message>
        <source>Close Without Copying</source>
        <translation>Ohne Kopieren schließen</translation>
    </message>
    <message>
        <source>Close without copying? This key will not be shown again.</source>
        <translation>Ohne Kopieren schließen? Dieser Schlüssel wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sk::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::RestStore</name>
    <message>
        <source>The CA certificate file “%1” cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ kann nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>This build of Scopekeeper has no TLS support.</source>
        <translation>Dieser Build von Scopekeeper unterstützt kein TLS.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; give one such as https://host:8443.</source>
        <translation>„%1“ ist keine Serveradresse; geben Sie eine Adresse wie https://host:8443 an.</translation>
    </message>
    <message>
        <source>“%1” uses plain http to a host that is not this computer; use https, so that the token and keys are not sent in clear.</source>
        <translation>„%1“ verwendet unverschlüsseltes http zu einem Host, der nicht dieser Computer ist; verwenden Sie https, damit Token und Schlüssel nicht im Klartext gesendet werden.</translation>
    </message>
    <message>
        <source>The app was changed by someone else in the meantime; reload it and try again.</source>
        <translation>Die App wurde inzwischen von jemand anderem geändert; laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2); its log says why.</source>
        <translation>Beim Server unter %1 ist ein Fehler aufgetreten (HTTP %2); die Ursache steht in seinem Protokoll.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2.</source>
        <translation>Der Server unter %1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 gave an answer that is not a JSON object; is it a Scopekeeper server?</source>
        <translation>Der Server unter %1 hat eine Antwort gesendet, die kein JSON-Objekt ist; ist es ein Scopekeeper-Server?</translation>
    </message>
    <message>
        <source>The server connection is not open.</source>
        <translation>Die Serververbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Its certificate is “%1”, issued by “%2”, valid from %3 to %4, with the SHA-256 fingerprint %5.</source>
        <translation>Sein Zertifikat ist „%1“, ausgestellt von „%2“, gültig von %3 bis %4, mit dem SHA-256-Fingerabdruck %5.</translation>
    </message>
    <message>
        <source>There is no administrator token for the server at %1; connect again to sign in.</source>
        <translation>Für den Server unter %1 gibt es kein Administrator-Token; verbinden Sie sich erneut, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be trusted: %2.</source>
        <translation>Dem Server unter %1 kann nicht vertraut werden: %2.</translation>
    </message>
    <message>
        <source>Nothing was sent to it. If it is your server, trust it explicitly with the file of the CA that issued its certificate.</source>
        <translation>Es wurde nichts an ihn gesendet. Wenn es Ihr Server ist, vertrauen Sie ihm ausdrücklich mit der Datei der CA, die sein Zertifikat ausgestellt hat.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. It may be busy, or the network slow; retry in a moment.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 Sekunden geantwortet. Möglicherweise ist er ausgelastet oder das Netzwerk langsam; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2. Check that it is running and that this computer can reach it, then retry.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2. Prüfen Sie, ob er läuft und ob dieser Computer ihn erreichen kann, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it may have been revoked, or be for another server. Connect again with a valid token.</source>
        <translation>Der Server unter %1 hat das Administrator-Token abgelehnt: Es wurde möglicherweise widerrufen oder gehört zu einem anderen Server. Verbinden Sie sich erneut mit einem gültigen Token.</translation>
    </message>
    <message>
        <source>The server at %1 did not name the administrator of the token; is it a Scopekeeper server?</source>
        <translation>Der Server unter %1 hat den Administrator des Tokens nicht genannt; ist es ein Scopekeeper-Server?</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to a health check: it is not a Scopekeeper server, or it is not working properly.</source>
        <translation>%1 hat auf eine Zustandsprüfung mit HTTP %2 geantwortet: Es ist kein Scopekeeper-Server, oder er funktioniert nicht richtig.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer to a key check that cannot be read.</source>
        <translation>Der Server unter %1 hat auf eine Schlüsselprüfung eine Antwort gesendet, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it was revoked. Ask the server&apos;s operator for a new one, then connect with it.</source>
        <translation>Der Server unter %1 hat das Administrator-Token abgelehnt: Es wurde widerrufen. Bitten Sie den Betreiber des Servers um ein neues und verbinden Sie sich damit.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it has expired. Ask the server&apos;s operator for a new one, then connect with it.</source>
        <translation>Der Server unter %1 hat das Administrator-Token abgelehnt: Es ist abgelaufen. Bitten Sie den Betreiber des Servers um ein neues und verbinden Sie sich damit.</translation>
    </message>
    <message>
        <source>%1 The change was sent, but its answer was lost: the server may have made it. Nothing is sent again by itself; check what the server has once it answers.</source>
        <translation>%1 Die Änderung wurde gesendet, aber ihre Antwort ging verloren: Der Server hat sie möglicherweise ausgeführt. Nichts wird von selbst erneut gesendet; prüfen Sie, was der Server hat, sobald er antwortet.</translation>
    </message>
    <message>
        <source>The server at %1 named the same page of a listing twice; the listing was stopped there.</source>
        <translation>Der Server unter %1 hat dieselbe Seite einer Liste zweimal genannt; die Liste wurde dort abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sk::RollKeyDialog</name>
    <message>
        <source>This key has already been rolled: it stops working on its own.</source>
        <translation>Dieser Schlüssel wurde bereits rotiert: Er hört von selbst auf zu funktionieren.</translation>
    </message>
    <message>
        <source>This key has expired: create a new key instead.</source>
        <translation>Dieser Schlüssel ist abgelaufen: Erstellen Sie stattdessen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Roll API Key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>A new key replaces “%1” of “%2”. The old key keeps working for the time you choose, so that its users can switch to the new one.</source>
        <translation>Ein neuer Schlüssel ersetzt „%1“ von „%2“. Der alte Schlüssel funktioniert noch so lange, wie Sie wählen, damit seine Nutzer zum neuen wechseln können.</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>Nach 1 Stunde</translation>
    </message>
    <message>
        <source>After 24 hours</source>
        <translation>Nach 24 Stunden</translation>
    </message>
    <message>
        <source>After 7 days</source>
        <translation>Nach 7 Tagen</translation>
    </message>
    <message>
        <source>Old key stops</source>
        <translation>Alter Schlüssel endet</translation>
    </message>
    <message>
        <source>New key name</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>New key expires</source>
        <translation>Neuer Schlüssel läuft ab</translation>
    </message>
    <message>
        <source>Old key &amp;stops:</source>
        <translation>Alter Schlüssel &amp;endet:</translation>
    </message>
    <message>
        <source>New key &amp;name:</source>
        <translation>&amp;Name des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>New key &amp;expires:</source>
        <translation>Neuer Schlüssel läuft &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;Roll Key</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>Roll Key</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sk::ScopePicker</name>
    <message>
        <source>Scope groups</source>
        <translation>Scope-Gruppen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select all %1 scopes</source>
        <translation>Alle Scopes in %1 auswählen</translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation>Scopes in %1</translation>
    </message>
</context>
<context>
    <name>sk::SqlStore</name>
    <message>
        <source>The store is closed.</source>
        <translation>Der Speicher ist geschlossen.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>sk::Store</name>
    <message>
        <source>A server&apos;s store is backed up on the server&apos;s computer, with “scopekeeper-server backup FILE”.</source>
        <translation>Der Speicher eines Servers wird auf dem Computer des Servers gesichert, mit „scopekeeper-server backup DATEI“.</translation>
    </message>
</context>
<context>
    <name>sk::TokenVault</name>
    <message>
        <source>No token is stored for this server.</source>
        <translation>Für diesen Server ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). The token is not stored; it will be asked for each time.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1). Das Token wird nicht gespeichert; es wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain (%1).</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund gelesen werden (%1).</translation>
    </message>
    <message>
        <source>An empty token cannot be stored.</source>
        <translation>Ein leeres Token kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1).</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The token could not be deleted from the keychain (%1).</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund gelöscht werden (%1).</translation>
    </message>
</context>
<context>
    <name>sk::UserKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Key Name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>For example: Nightly publishing</source>
        <translation>Zum Beispiel: Nächtliche Veröffentlichung</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>The key grants the scopes you tick, and nothing else. Its secret is shown once, when it is made.</source>
        <translation>Der Schlüssel gewährt die Scopes, die Sie ankreuzen, und sonst nichts. Sein Geheimnis wird einmal angezeigt, wenn er erstellt wird.</translation>
    </message>
    <message>
        <source>Key &amp;Name:</source>
        <translation>Schlüssel&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Expiry &amp;Date:</source>
        <translation>Ablauf&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>S&amp;copes:</translation>
    </message>
    <message>
        <source>&amp;Generate Key</source>
        <translation>&amp;Schlüssel generieren</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Schlüssel generieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Eigenes Datum</translation>
    </message>
    <message>
        <source>The scopes could not be read: %1</source>
        <translation>Die Scopes konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The key will expire tomorrow, %1.</source>
        <translation>Der Schlüssel läuft morgen ab, am %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>Der Schlüssel läuft am %1 ab, in %n Tag.</numerusform>
            <numerusform>Der Schlüssel läuft am %1 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer came back: the key may have been created, without its secret. Look for it in the list and delete it before creating it again.</source>
        <translation>Es kam keine Antwort zurück: Der Schlüssel wurde möglicherweise erstellt, ohne sein Geheimnis. Suchen Sie ihn in der Liste und löschen Sie ihn, bevor Sie ihn erneut erstellen.</translation>
    </message>
    <message>
        <source>The key could not be created.</source>
        <translation>Der Schlüssel konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>sk::UserKeyListModel</name>
    <message>
        <source>Key Name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>%1 (prefix %2)</source>
        <translation>%1 (Präfix %2)</translation>
    </message>
    <message>
        <source>Expired on %1; services refuse this key.</source>
        <translation>Am %1 abgelaufen; Dienste lehnen diesen Schlüssel ab.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
</context>
<context>
    <name>sk::UserKeysPage</name>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel löschen</numerusform>
            <numerusform>%n Schlüssel löschen</numerusform>
        </translation>
    </message>
</context>
</TS>
