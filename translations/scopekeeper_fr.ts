<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre d&apos;action</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Rechercher dans l&apos;activité</translation>
    </message>
    <message>
        <source>Search by who, app, key or detail</source>
        <translation>Rechercher par auteur, application, clé ou détail</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>Untitled app</source>
        <translation>Application sans nom</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nom de l&apos;application</translation>
    </message>
    <message>
        <source>The app&apos;s name: 1 to 100 characters, unique in this store</source>
        <translation>Nom de l&apos;application&#xa0;: 1 à 100 caractères, unique dans cette base</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>Paramètres de l&apos;application</translation>
    </message>
    <message>
        <source>API Scopes</source>
        <translation>Étendues API</translation>
    </message>
    <message>
        <source>Every key of this app grants exactly the scopes ticked here. A change applies to all its keys at once.</source>
        <translation>Chaque clé de cette application accorde exactement les étendues cochées ici. Toute modification s&apos;applique immédiatement à toutes ses clés.</translation>
    </message>
    <message>
        <source>API scopes</source>
        <translation>Étendues API</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Create API &amp;Key</source>
        <translation>Créer une &amp;clé API</translation>
    </message>
    <message>
        <source>Create API Key</source>
        <translation>Créer une clé API</translation>
    </message>
    <message>
        <source>De&amp;lete key</source>
        <translation>S&amp;upprimer la clé</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>This app has no keys yet. Create one with “Create API Key”.</source>
        <translation>Cette application n&apos;a pas encore de clé. Créez-en une avec «&#xa0;Créer une clé API&#xa0;».</translation>
    </message>
    <message>
        <source>API keys of this app</source>
        <translation>Clés API de cette application</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>API Apps</source>
        <translation>Applications API</translation>
    </message>
    <message>
        <source>Create an App</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Edit app</source>
        <translation>Modifier l&apos;application</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Rechercher des applications</translation>
    </message>
    <message>
        <source>Search by name or scope</source>
        <translation>Rechercher par nom ou étendue</translation>
    </message>
    <message>
        <source>API apps</source>
        <translation>Applications API</translation>
    </message>
    <message>
        <source>No apps yet. An app holds the scopes its API keys grant.</source>
        <translation>Aucune application pour l&apos;instant. Une application définit les étendues accordées par ses clés API.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>ne doit pas être vide.</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2.</source>
        <translation>n&apos;est pas un JSON valide&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>must hold a JSON object.</source>
        <translation>doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>is %1; this version of Scopekeeper reads format %2.</source>
        <translation>vaut %1&#xa0;; cette version de Scopekeeper lit le format %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid catalog id (lower-case letters, digits and “:._-”, at most 64 characters).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de catalogue valide (lettres minuscules, chiffres et «&#xa0;:._-&#xa0;», 64 caractères au maximum).</translation>
    </message>
    <message>
        <source>must be a non-empty array.</source>
        <translation>doit être un tableau non vide.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>“%1” is used by another group.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par un autre groupe.</translation>
    </message>
    <message>
        <source>“%1” is not a valid scope id (lower-case letters, digits and “:._-”, at most 64 characters).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;étendue valide (lettres minuscules, chiffres et «&#xa0;:._-&#xa0;», 64 caractères au maximum).</translation>
    </message>
    <message>
        <source>“%1” is used by another scope.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par une autre étendue.</translation>
    </message>
    <message>
        <source>“%1” is not one of the catalog&apos;s groups.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des groupes du catalogue.</translation>
    </message>
    <message>
        <source>“%1” is not a built-in catalog; the built-in catalogs are %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un catalogue intégré&#xa0;; les catalogues intégrés sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The built-in catalog “%1” is missing.</source>
        <translation>Le catalogue intégré «&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>“%1” is neither a built-in catalog (%2) nor a file.</source>
        <translation>« %1 » n’est ni un catalogue intégré (%2) ni un fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Created the app “%1”.</source>
        <translation>Application «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The scopes of “%1” are now: %2.</source>
        <translation>Les étendues de «&#xa0;%1&#xa0;» sont maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Delete the app “%1” and every one of its keys (%2)? Services using them are refused from then on.</source>
        <translation>Supprimer l&apos;application «&#xa0;%1&#xa0;» et toutes ses clés (%2)&#xa0;? Les services qui les utilisent sont refusés dès lors.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Deleted the app “%1”.</source>
        <translation>Application «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>The local store FILE (it must exist).</source>
        <translation>La base locale FICHIER (elle doit exister).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The scopekeeper-server at URL (https; http only to loopback).</source>
        <translation>Le scopekeeper-server à l&apos;adresse URL (https&#xa0;; http uniquement vers la boucle locale).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --server: also trust the CA certificates in FILE (PEM) for that server.</source>
        <translation>Avec --server&#xa0;: faire aussi confiance aux certificats d&apos;autorité de FICHIER (PEM) pour ce serveur.</translation>
    </message>
    <message>
        <source>table (default) or json; with export: the FILE to write (standard output when missing or -).</source>
        <translation>table (par défaut) ou json&#xa0;; avec export&#xa0;: le FICHIER à écrire (la sortie standard s&apos;il est absent ou vaut -).</translation>
    </message>
    <message>
        <source>FORMAT|FILE</source>
        <translation>FORMAT|FICHIER</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Supprimer sans demander confirmation.</translation>
    </message>
    <message>
        <source>A scope id (repeat it for several scopes).</source>
        <translation>Un identifiant d&apos;étendue (à répéter pour plusieurs étendues).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The app, by name.</source>
        <translation>L&apos;application, par son nom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The new key&apos;s name.</source>
        <translation>Le nom de la nouvelle clé.</translation>
    </message>
    <message>
        <source>The key, by name.</source>
        <translation>La clé, par son nom.</translation>
    </message>
    <message>
        <source>The new key expires after DAYS days (default 90; at most a year).</source>
        <translation>La nouvelle clé expire après JOURS jours (90 par défaut&#xa0;; un an au maximum).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>Only keys that have not expired and expire within DAYS days.</source>
        <translation>Uniquement les clés non expirées qui expirent dans les JOURS jours.</translation>
    </message>
    <message>
        <source>Only keys not used for DAYS days (and keys never used, created more than DAYS days ago).</source>
        <translation>Uniquement les clés inutilisées depuis JOURS jours (et les clés jamais utilisées, créées il y a plus de JOURS jours).</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export&#xa0;: csv ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>audit: at most N entries (1 to 1000, default 100).</source>
        <translation>audit&#xa0;: N entrées au maximum (de 1 à 1000, 100 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>L&apos;une des commandes ci-dessus.</translation>
    </message>
    <message>
        <source>COMMAND [NAME...]</source>
        <translation>COMMANDE [NOM...]</translation>
    </message>
    <message>
        <source>Run “scopekeeper-cli --help” for the commands and options.</source>
        <translation>Exécutez «&#xa0;scopekeeper-cli --help&#xa0;» pour voir les commandes et les options.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” takes %2 name(s) after it, not %3.</source>
        <translation>«&#xa0;%1&#xa0;» attend ensuite %2 nom(s), pas %3.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 ne s&apos;utilise pas avec «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give either --database FILE or --server URL.</source>
        <translation>Indiquez soit --database FICHIER, soit --server URL.</translation>
    </message>
    <message>
        <source>--database: give the store&apos;s file.</source>
        <translation>--database&#xa0;: indiquez le fichier de la base.</translation>
    </message>
    <message>
        <source>--ca-file goes with --server.</source>
        <translation>--ca-file s&apos;utilise avec --server.</translation>
    </message>
    <message>
        <source>export: --output takes the FILE to write (“./%1” for a file named so); the format is --format csv|json.</source>
        <translation>export&#xa0;: --output attend le FICHIER à écrire («&#xa0;./%1&#xa0;» pour un fichier de ce nom)&#xa0;; le format s&apos;indique avec --format csv|json.</translation>
    </message>
    <message>
        <source>export: give --format csv or --format json.</source>
        <translation>export&#xa0;: indiquez --format csv ou --format json.</translation>
    </message>
    <message>
        <source>--output: “%1” is not table or json.</source>
        <translation>--output&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni table ni json.</translation>
    </message>
    <message>
        <source>keys create: give --app NAME and --name NAME.</source>
        <translation>keys create&#xa0;: indiquez --app NOM et --name NOM.</translation>
    </message>
    <message>
        <source>--expires-in: “%1” is not a number of days.</source>
        <translation>--expires-in&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>keys delete: give --app NAME and --key NAME.</source>
        <translation>keys delete&#xa0;: indiquez --app NOM et --key NOM.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a number of days.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>--limit: “%1” is not a number from 1 to 1000.</source>
        <translation>--limit&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>verify: give one --scope ID; the key is read from standard input.</source>
        <translation>verify&#xa0;: indiquez une seule option --scope ID&#xa0;; la clé est lue sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>No app is named “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;application nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has no key named “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de clé nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[o/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Created the key “%1” of “%2” (%3…), expiring %4. Its secret is shown this once.</source>
        <translation>Clé «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» (%3…) créée, expire le %4. Son secret n&apos;est affiché que cette fois.</translation>
    </message>
    <message>
        <source>Delete the key “%1” (%2…) of “%3”? Services using it are refused from then on.</source>
        <translation>Supprimer la clé «&#xa0;%1&#xa0;» (%2…) de «&#xa0;%3&#xa0;»&#xa0;? Les services qui l&apos;utilisent sont refusés dès lors.</translation>
    </message>
    <message>
        <source>Deleted the key “%1” of “%2”.</source>
        <translation>Clé «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>%1 lignes écrites dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Key: </source>
        <translation>Clé&#xa0;: </translation>
    </message>
    <message>
        <source>Give the key on standard input.</source>
        <translation>Fournissez la clé sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>ÉTENDUES</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>CLÉS</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CRÉÉ PAR</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ LE</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APPLICATION</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>étendues</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>créée par</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée le</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée le</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>No administrator token for %1: set %2, or connect once with the console (scopekeeper --server %1) and remember the token in the keychain. (%3)</source>
        <translation>Aucun jeton d&apos;administrateur pour %1&#xa0;: définissez %2, ou connectez-vous une fois avec la console (scopekeeper --server %1) et mémorisez le jeton dans le trousseau. (%3)</translation>
    </message>
    <message>
        <source>--database: there is no store at “%1”. scopekeeper-cli creates none; the console or scopekeeper-server makes one.</source>
        <translation>--database&#xa0;: il n&apos;existe aucune base à l&apos;emplacement «&#xa0;%1&#xa0;». scopekeeper-cli n&apos;en crée pas&#xa0;; la console ou scopekeeper-server en crée une.</translation>
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
        <translation>scopekeeper-cli&#xa0;: les applications API à étendues et leurs clés, depuis des scripts. Il travaille sur une base locale (--database FICHIER, qui doit exister) ou sur un scopekeeper-server (--server URL, avec le jeton d&apos;administrateur de SCOPEKEEPER_TOKEN, ou à défaut celui que la console garde dans le trousseau pour ce serveur).

Commandes&#xa0;:
  apps list                         toutes les applications
  apps show NOM                     une application et ses clés
  apps create NOM --scope ID...     une nouvelle application avec ces étendues
  apps rename NOM NOUVEAU           renomme une application
  apps set-scopes NOM --scope ID...
                                    remplace les étendues d&apos;une application (ses clés suivent aussitôt)
  apps delete NOM [--yes]           supprime une application et toutes ses clés
  keys list [--app NOM] [--expiring-within JOURS] [--unused-for JOURS]
                                    les clés&#xa0;; celles qui expirent dans les JOURS jours, ou
                                    inutilisées depuis JOURS jours (jamais utilisées et plus anciennes)
  keys create --app NOM --name NOM [--expires-in JOURS]
                                    une nouvelle clé (90 jours sauf indication)&#xa0;; son secret va
                                    seul sur la sortie standard et n&apos;est plus jamais affiché
  keys roll --app NOM --key NOM [--grace DURÉE] [--name NOM] [--expires-in JOURS]
                                    une nouvelle clé à la place de CLÉ, avec ses étendues (son
                                    secret seul sur la sortie standard)&#xa0;; CLÉ cesse de fonctionner
                                    après DURÉE (0, 90s, 30m, 1h, 24h, 7d&#xa0;; 24h sauf indication&#xa0;;
                                    au plus 30d et l&apos;expiration de la clé). La nouvelle clé
                                    se nomme «&#xa0;CLÉ (renouvelée le DATE)&#xa0;» sauf avec --name
  keys delete --app NOM --key NOM [--yes]
                                    supprime une clé&#xa0;: les services la refusent dès lors
  export --format csv|json [--output FICHIER]
                                    l&apos;inventaire&#xa0;: chaque clé, et chaque application sans
                                    clé (jamais un secret)&#xa0;; sur la sortie standard sauf FICHIER
  audit [--limit N]                 le journal d&apos;audit, le plus récent d&apos;abord (100 entrées sauf indication)
  verify --scope ID                 la clé lue sur l&apos;entrée standard peut-elle utiliser l&apos;étendue ID&#xa0;?
                                    Code de sortie 0 si oui, 1 sinon

Les listes et les applications modifiées vont sur la sortie standard, sous forme de tableau ou, avec --output json, en JSON&#xa0;; les messages et les questions vont sur la sortie d&apos;erreur. La suppression demande d&apos;abord confirmation sur un terminal, sauf si --yes est indiqué&#xa0;; si l&apos;entrée standard n&apos;est pas un terminal, elle ne demande rien.
Codes de sortie&#xa0;: 0 terminé, 1 refusé ou échoué (le message nomme le champ), 2 une erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>keys roll: how long the old key keeps working: 0, 90s, 30m, 1h, 24h, 7d (default 24h; at most 30 days).</source>
        <translation>keys roll&#xa0;: durée pendant laquelle l&apos;ancienne clé continue de fonctionner&#xa0;: 0, 90s, 30m, 1h, 24h, 7d (24h par défaut&#xa0;; 30 jours au maximum).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>keys roll: give --app NAME and --key NAME.</source>
        <translation>keys roll&#xa0;: indiquez --app NOM et --key NOM.</translation>
    </message>
    <message>
        <source>--grace: “%1” is not a duration; give 0, 90s, 30m, 1h, 24h or 7d.</source>
        <translation>--grace&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une durée&#xa0;; indiquez 0, 90s, 30m, 1h, 24h ou 7d.</translation>
    </message>
    <message>
        <source>Rolled the key “%1” of “%2”: it stops %3. The new key “%4” (%5…) expires %6; its secret is shown this once.</source>
        <translation>Clé «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» renouvelée&#xa0;: elle cessera de fonctionner le %3. La nouvelle clé «&#xa0;%4&#xa0;» (%5…) expire le %6&#xa0;; son secret n&apos;est affiché que cette fois.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>https://keys.example.com:8443</source>
        <translation>https://keys.example.com:8443</translation>
    </message>
    <message>
        <source>Administrator &amp;token:</source>
        <translation>&amp;Jeton d&apos;administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator token</source>
        <translation>Jeton d&apos;administrateur</translation>
    </message>
    <message>
        <source>ska_…</source>
        <translation>ska_…</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the keychain</source>
        <translation>&amp;Mémoriser le jeton dans le trousseau</translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <translation>&amp;Fichier de certificat d&apos;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>Only for a server whose certificate was issued by your own CA: the PEM file of that CA. Leave empty to trust the system&apos;s CA certificates only.</source>
        <translation>Uniquement pour un serveur dont le certificat a été émis par votre propre autorité de certification&#xa0;: le fichier PEM de cette autorité. Laissez vide pour ne faire confiance qu&apos;aux certificats d&apos;autorité du système.</translation>
    </message>
    <message>
        <source>Optional: the PEM file of your own CA</source>
        <translation>Facultatif&#xa0;: le fichier PEM de votre propre autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Choisir le fichier de certificat d&apos;autorité</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create new API key</source>
        <translation>Créer une clé API</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>&amp;Nom de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>For example: Nightly deployment</source>
        <translation>Par exemple&#xa0;: Déploiement nocturne</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après&#xa0;:</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Expire après</translation>
    </message>
    <message>
        <source>Expiry &amp;date:</source>
        <translation>&amp;Date d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Étendues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All of the app&apos;s scopes</source>
        <translation>&amp;Toutes les étendues de l&apos;application</translation>
    </message>
    <message>
        <source>All of the app&apos;s scopes</source>
        <translation>Toutes les étendues de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Only these scopes:</source>
        <translation>&amp;Uniquement ces étendues&#xa0;:</translation>
    </message>
    <message>
        <source>Only these scopes</source>
        <translation>Uniquement ces étendues</translation>
    </message>
    <message>
        <source>Scopes of the key</source>
        <translation>Étendues de la clé</translation>
    </message>
</context>
<context>
    <name>DeleteFlows</name>
    <message>
        <source>Delete the API key “%1” of “%2”?</source>
        <translation>Supprimer la clé API «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API key(s)?</source>
        <translation>
            <numerusform>Supprimer %n clé API&#xa0;?</numerusform>
            <numerusform>Supprimer %n clés API&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API key</source>
        <translation>Supprimer la clé API</translation>
    </message>
    <message>
        <source>A service that uses %1 stops working at once. This cannot be undone: a deleted key cannot be restored.</source>
        <translation>Tout service qui utilise %1 cesse immédiatement de fonctionner. Cette action est irréversible&#xa0;: une clé supprimée ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>this key</source>
        <translation>cette clé</translation>
    </message>
    <message>
        <source>one of these keys</source>
        <translation>l&apos;une de ces clés</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n clé API supprimée.</numerusform>
            <numerusform>%n clés API supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every key could be deleted:
%1</source>
        <translation>Certaines clés n&apos;ont pas pu être supprimées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>It has no API keys. This cannot be undone.</source>
        <translation>Cette application n&apos;a aucune clé API. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n API key(s) will stop working at once. This cannot be undone.</source>
        <translation>
            <numerusform>%n clé API de cette application cessera immédiatement de fonctionner. Cette action est irréversible.</numerusform>
            <numerusform>Les %n clés API de cette application cesseront immédiatement de fonctionner. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Delete the app “%1”?</source>
        <translation>Supprimer l&apos;application «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>App “%1” deleted.</source>
        <translation>Application «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <comment>a key&apos;s name: why it was not deleted</comment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete the API key “%1”?</source>
        <translation>Supprimer la clé API «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Deleting an API key is permanent: it cannot be undone. Applications using it will stop working.</source>
        <translation>La suppression d&apos;une clé API est définitive&#xa0;: cette action est irréversible. Les applications qui l&apos;utilisent cesseront de fonctionner.</translation>
    </message>
</context>
<context>
    <name>KeyFlow</name>
    <message>
        <source>The key may have been created</source>
        <translation>La clé a peut-être été créée</translation>
    </message>
    <message>
        <source>The answer to creating the key “%1” of “%2” was lost on its way, and the server now lists a key “%1” created by you at %3.</source>
        <translation>La réponse à la création de la clé « %1 » de « %2 » s’est perdue en route, et le serveur liste maintenant une clé « %1 » créée par vous à %3.</translation>
    </message>
    <message>
        <source>Its secret never reached the console, and it cannot be shown again: nobody can use this key. Delete it, then create a new key to get a secret.</source>
        <translation>Son secret n’a jamais atteint la console et ne peut pas être affiché à nouveau : personne ne peut utiliser cette clé. Supprimez-la, puis créez une nouvelle clé pour obtenir un secret.</translation>
    </message>
    <message>
        <source>&amp;Delete Key…</source>
        <translation>&amp;Supprimer la clé…</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Garder</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>API Keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>+ New API key</source>
        <translation>+ Nouvelle clé API</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete selected keys</source>
        <translation>Supprimer les clés sélectionnées</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>No API keys yet. Create an app first, then its keys.</source>
        <translation>Aucune clé API pour l&apos;instant. Créez d&apos;abord une application, puis ses clés.</translation>
    </message>
    <message>
        <source>Search by key, app, prefix or scope</source>
        <translation>Rechercher par clé, application, préfixe ou étendue</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>API Apps</source>
        <translation>Applications API</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Base de démo</translation>
    </message>
    <message>
        <source>Demo store: its apps and keys are for demonstration and training only. Its keys work nowhere else.</source>
        <translation>Base de démo&#xa0;: ses applications et ses clés servent uniquement à la démonstration et à la formation. Ses clés ne fonctionnent nulle part ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent Stores</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Local Store…</source>
        <translation>&amp;Nouvelle base locale…</translation>
    </message>
    <message>
        <source>&amp;Open Local Store…</source>
        <translation>&amp;Ouvrir une base locale…</translation>
    </message>
    <message>
        <source>New &amp;Demo Store</source>
        <translation>Nouvelle base de &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>Disconnect from the server and delete its token from the keychain</source>
        <translation>Se déconnecter du serveur et supprimer son jeton du trousseau</translation>
    </message>
    <message>
        <source>Create an &amp;App…</source>
        <translation>Créer une &amp;application…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Scopekeeper</source>
        <translation>À &amp;propos de Scopekeeper</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Connect to the server again with a valid administrator token</source>
        <translation>Se reconnecter au serveur avec un jeton d&apos;administrateur valide</translation>
    </message>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Sauve&amp;garder la base…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>Show the keys that expire soon</source>
        <translation>Afficher les clés qui expirent bientôt</translation>
    </message>
    <message>
        <source>Open the API Keys page showing only these keys</source>
        <translation>Ouvrir la page «&#xa0;Clés API&#xa0;» en n&apos;affichant que ces clés</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the expiry reminder</source>
        <translation>Ignorer le rappel d&apos;expiration</translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>&amp;Exporter l&apos;inventaire…</translation>
    </message>
    <message>
        <source>Write every key and app, without secrets, to a CSV or JSON file for a compliance review</source>
        <translation>Écrire chaque clé et chaque application, sans secrets, dans un fichier CSV ou JSON pour un contrôle de conformité</translation>
    </message>
</context>
<context>
    <name>OneTimeKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again.</source>
        <translation>Copiez cette clé maintenant. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lé API&#xa0;:</translation>
    </message>
    <message>
        <source>Read-only. Copy this key now. It will not be shown again.</source>
        <translation>Lecture seule. Copiez cette clé maintenant. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>&amp;Copy and Close</source>
        <translation>&amp;Copier et fermer</translation>
    </message>
    <message>
        <source>Copy and Close</source>
        <translation>Copier et fermer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Clear a copied key from the clipboard &amp;after:</source>
        <translation>Effacer une clé copiée du presse-papiers &amp;après&#xa0;:</translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation>Délai d&apos;effacement du presse-papiers, en secondes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Default expiry of new keys:</source>
        <translation>&amp;Expiration par défaut des nouvelles clés&#xa0;:</translation>
    </message>
    <message>
        <source>Default expiry of new keys</source>
        <translation>Expiration par défaut des nouvelles clés</translation>
    </message>
    <message>
        <source>A copied key is cleared only if the clipboard still holds it, and always when Scopekeeper quits.</source>
        <translation>Une clé copiée n&apos;est effacée que si le presse-papiers la contient encore, et toujours à la fermeture de Scopekeeper.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used when Scopekeeper starts again.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Scopekeeper.</translation>
    </message>
    <message>
        <source>&amp;Refresh the page on screen:</source>
        <translation>Ac&amp;tualiser la page affichée&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <source>Shows changes made elsewhere (another console, the server) without F5</source>
        <translation>Affiche les modifications faites ailleurs (dans une autre console, sur le serveur) sans appuyer sur F5</translation>
    </message>
    <message>
        <source>Remind me of keys that e&amp;xpire within:</source>
        <translation>Me rappeler les clés qui e&amp;xpirent dans les&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry reminder in days</source>
        <translation>Rappel d&apos;expiration, en jours</translation>
    </message>
    <message>
        <source>When the store opens and after each refresh, the window says how many keys expire within this many days; 0 turns the reminder off</source>
        <translation>À l&apos;ouverture de la base et après chaque actualisation, la fenêtre indique combien de clés expirent dans ce nombre de jours&#xa0;; 0 désactive le rappel</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>A key is &amp;unused when not used in:</source>
        <translation>Une clé est &amp;inutilisée si elle n&apos;a pas servi depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Days without use of an unused key</source>
        <translation>Jours sans utilisation d&apos;une clé inutilisée</translation>
    </message>
    <message>
        <source>The API Keys page&apos;s “Not used in N days” filter; a key never used counts from its creation</source>
        <translation>Le filtre «&#xa0;Inutilisée depuis N jours&#xa0;» de la page «&#xa0;Clés API&#xa0;»&#xa0;; une clé jamais utilisée compte à partir de sa création</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: “%1” is an auditor, who reads apps, keys and the activity and changes nothing.</source>
        <translation>Lecture seule&#xa0;: «&#xa0;%1&#xa0;» est auditeur, qui lit les applications, les clés et l&apos;activité et ne modifie rien.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 compte %2 caractères&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks, tabs or other control characters.</source>
        <translation>%1 ne doit contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>%1 must not contain text-direction control characters.</source>
        <translation>%1 ne doit pas contenir de caractères de contrôle du sens du texte.</translation>
    </message>
    <message>
        <source>%1 must contain at least one visible character.</source>
        <translation>%1 doit contenir au moins un caractère visible.</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Le nom de l&apos;application</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Le nom de la clé</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une étendue.</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>Choisissez une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>La date d&apos;expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>The expiry date must be at most one year from now (%1 at the latest).</source>
        <translation>La date d&apos;expiration doit être au plus dans un an (le %1 au plus tard).</translation>
    </message>
    <message>
        <source>An app named “%1” already exists.</source>
        <translation>Une application nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>This app already has a key named “%1”.</source>
        <translation>Cette application a déjà une clé nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a scope id in quotation marks</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not in this store&apos;s scope catalog (%1): %2.</source>
        <extracomment>%1: the catalog&apos;s id; %2: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”</extracomment>
        <translation>Absent du catalogue d&apos;étendues de cette base (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must not contain invisible characters; it holds U+%2.</source>
        <translation>%1 ne doit pas contenir de caractères invisibles&#xa0;; il contient U+%2.</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Le nom de l&apos;administrateur</translation>
    </message>
    <message>
        <source>“%1” looks like the existing app “%2”; choose a name that cannot be mistaken for it.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à l&apos;application existante «&#xa0;%2&#xa0;»&#xa0;; choisissez un nom qui ne peut pas être confondu avec elle.</translation>
    </message>
    <message>
        <source>A page holds 1 to %1 rows.</source>
        <translation>Une page contient de 1 à %1 lignes.</translation>
    </message>
    <message>
        <source>A key may only have scopes of its app; the app does not have %1.</source>
        <extracomment>%1: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”</extracomment>
        <translation>Une clé ne peut avoir que des étendues de son application&#xa0;; l&apos;application n&apos;a pas %1.</translation>
    </message>
    <message numerus="yes">
        <source>The grace must be between 0 (stop the old key at once) and %n day(s).</source>
        <translation>
            <numerusform>Le délai de grâce doit être compris entre 0 (arrêter l&apos;ancienne clé tout de suite) et %n jour.</numerusform>
            <numerusform>Le délai de grâce doit être compris entre 0 (arrêter l&apos;ancienne clé tout de suite) et %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>This key has expired: create a new key instead of rolling it.</source>
        <translation>Cette clé a expiré&#xa0;: créez une nouvelle clé au lieu de la renouveler.</translation>
    </message>
    <message>
        <source>This key is already being rolled: it stops at %1 UTC. Roll the key that replaced it instead.</source>
        <translation>Cette clé est déjà en cours de renouvellement&#xa0;: elle cessera de fonctionner à %1 UTC. Renouvelez plutôt la clé qui l&apos;a remplacée.</translation>
    </message>
    <message>
        <source>%1 (rolled %2)</source>
        <translation>%1 (renouvelée le %2)</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>The store cannot be written (%1): %2</source>
        <translation>Impossible d&apos;écrire dans la base (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The store failed while %1: %2</source>
        <translation>Erreur de la base (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>La base n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Aucun fichier de base n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a device, not a Scopekeeper store file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier ou un périphérique, pas un fichier de base Scopekeeper.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Scopekeeper store (it is not an SQLite database). It was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Scopekeeper (ce n&apos;est pas une base de données SQLite). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no store at “%1”.</source>
        <translation>Il n&apos;existe aucune base à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The store “%1” cannot be created: the folder “%2” cannot be created.</source>
        <translation>Impossible de créer la base «&#xa0;%1&#xa0;»&#xa0;: impossible de créer le dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written: %2 is read-only. Scopekeeper needs to write the file and the folder it is in.</source>
        <translation>Impossible d&apos;écrire dans la base «&#xa0;%1&#xa0;»&#xa0;: %2 est en lecture seule. Scopekeeper doit pouvoir écrire dans le fichier et dans le dossier qui le contient.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>the folder “%1”</source>
        <translation>le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>opening “%1”</source>
        <translation>ouverture de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>activation des clés étrangères</translation>
    </message>
    <message>
        <source>enabling the write-ahead log</source>
        <translation>activation de la journalisation WAL</translation>
    </message>
    <message>
        <source>setting the sync mode</source>
        <translation>réglage du mode de synchronisation</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The PostgreSQL database cannot be reached: %1</source>
        <translation>Impossible de joindre la base de données PostgreSQL&#xa0;: %1</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>verrouillage du schéma</translation>
    </message>
    <message>
        <source>“%1” is not a Scopekeeper store (it cannot be read as a database). It was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base Scopekeeper (impossible de le lire comme une base de données). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>lecture des tables de la base de données</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Scopekeeper store. It was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas une base Scopekeeper. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>reading the store&apos;s description</source>
        <translation>lecture de la description de la base</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Scopekeeper (store format %2; this version reads up to %3). Update Scopekeeper to open it. It was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Scopekeeper (format de base %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez à jour Scopekeeper pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” has a damaged store description (no format version). It was not changed.</source>
        <translation>La description de base de «&#xa0;%1&#xa0;» est endommagée (aucune version de format). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>creating the store</source>
        <translation>création de la base</translation>
    </message>
    <message>
        <source>upgrading the store</source>
        <translation>mise à niveau de la base</translation>
    </message>
    <message>
        <source>the store&apos;s catalog</source>
        <translation>catalogue de la base</translation>
    </message>
    <message>
        <source>listing the apps</source>
        <translation>lecture de la liste des applications</translation>
    </message>
    <message>
        <source>reading the app</source>
        <translation>lecture de l&apos;application</translation>
    </message>
    <message>
        <source>The app does not exist (any more).</source>
        <translation>L&apos;application n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>No app has this id.</source>
        <translation>Aucune application n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <source>reading the app&apos;s scopes</source>
        <translation>lecture des étendues de l&apos;application</translation>
    </message>
    <message>
        <source>creating the app</source>
        <translation>création de l&apos;application</translation>
    </message>
    <message>
        <source>changing the app</source>
        <translation>modification de l&apos;application</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else since it was loaded. Reload it to see the changes, then make yours again.</source>
        <translation>L&apos;application «&#xa0;%1&#xa0;» a été modifiée par quelqu&apos;un d&apos;autre depuis son chargement. Rechargez-la pour voir les modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>renaming the app</source>
        <translation>renommage de l&apos;application</translation>
    </message>
    <message>
        <source>changing the app&apos;s scopes</source>
        <translation>modification des étendues de l&apos;application</translation>
    </message>
    <message>
        <source>deleting the app</source>
        <translation>suppression de l&apos;application</translation>
    </message>
    <message>
        <source>listing the app&apos;s keys</source>
        <translation>lecture de la liste des clés de l&apos;application</translation>
    </message>
    <message>
        <source>listing the keys</source>
        <translation>lecture de la liste des clés</translation>
    </message>
    <message>
        <source>creating the key</source>
        <translation>création de la clé</translation>
    </message>
    <message>
        <source>deleting the key</source>
        <translation>suppression de la clé</translation>
    </message>
    <message>
        <source>The key does not exist (any more).</source>
        <translation>La clé n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>This app has no key with this id.</source>
        <translation>Cette application n&apos;a aucune clé avec cet identifiant.</translation>
    </message>
    <message>
        <source>verifying a key</source>
        <translation>vérification d&apos;une clé</translation>
    </message>
    <message>
        <source>recording when keys were last used</source>
        <translation>enregistrement de la dernière utilisation des clés</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>An administrator token hash must be SHA-256 hex.</source>
        <translation>Le hachage d&apos;un jeton d&apos;administrateur doit être un SHA-256 en hexadécimal.</translation>
    </message>
    <message>
        <source>An administrator named “%1” already exists.</source>
        <translation>Un administrateur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>creating the administrator</source>
        <translation>création de l&apos;administrateur</translation>
    </message>
    <message>
        <source>checking an administrator token</source>
        <translation>vérification d&apos;un jeton d&apos;administrateur</translation>
    </message>
    <message>
        <source>The administrator token was not recognised.</source>
        <translation>Le jeton d&apos;administrateur n&apos;a pas été reconnu.</translation>
    </message>
    <message>
        <source>The demo needs the “%1” catalog.</source>
        <translation>La démo nécessite le catalogue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The role is “admin” or “auditor”, not “%1”.</source>
        <translation>Le rôle est «&#xa0;admin&#xa0;» ou «&#xa0;auditor&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An administrator token expires within %1 days.</source>
        <translation>Un jeton d&apos;administrateur expire dans les %1 jours.</translation>
    </message>
    <message>
        <source>listing the administrators</source>
        <translation>liste des administrateurs</translation>
    </message>
    <message>
        <source>revoking the administrator</source>
        <translation>révocation de l&apos;administrateur</translation>
    </message>
    <message>
        <source>There is no administrator named “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;administrateur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The disk that holds the store is full, so %1 did not happen; nothing was changed. Free some space on it (the store is %2) and try again.</source>
        <translation>Le disque qui contient la base est plein, donc la %1 n&apos;a pas eu lieu&#xa0;; rien n&apos;a été modifié. Libérez de la place sur ce disque (la base est %2) et réessayez.</translation>
    </message>
    <message>
        <source>A store on PostgreSQL is backed up with pg_dump, not here.</source>
        <translation>Une base sur PostgreSQL se sauvegarde avec pg_dump, pas ici.</translation>
    </message>
    <message>
        <source>“%1” exists already; a backup never overwrites a file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; une sauvegarde n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>écriture de la sauvegarde</translation>
    </message>
    <message>
        <source>The connection to the database (%1) was lost, so %2 may not have happened. Try again once the database can be reached.</source>
        <translation>La connexion à la base de données (%1) a été perdue, donc %2 n’a peut-être pas eu lieu. Réessayez dès que la base de données est joignable.</translation>
    </message>
    <message>
        <source>Another program holds the store locked (the store is %2), so %1 did not happen; nothing was changed. Try again in a moment; if it stays locked, close the other program that has it open.</source>
        <translation>Un autre programme tient la base verrouillée (la base est %2), donc %1 n’a pas eu lieu ; rien n’a été modifié. Réessayez dans un instant ; si elle reste verrouillée, fermez l’autre programme qui l’a ouverte.</translation>
    </message>
    <message>
        <source>The database (%1) cannot be reached: %2</source>
        <translation>La base de données (%1) est injoignable : %2</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full, so the backup was not written; nothing was left behind. Free some space on it, or choose another place, and try again.</source>
        <translation>Le disque qui contient « %1 » est plein, donc la sauvegarde n’a pas été écrite ; rien n’a été laissé. Libérez de l’espace ou choisissez un autre emplacement, puis réessayez.</translation>
    </message>
    <message>
        <source>The page position is not one this store gave.</source>
        <translation>Cette position de page ne vient pas de ce magasin.</translation>
    </message>
    <message>
        <source>listing your keys</source>
        <translation>lecture de la liste de vos clés</translation>
    </message>
    <message>
        <source>This store scopes each key on its own (per-key): it has no apps. Create personal keys instead (User API Keys).</source>
        <translation>Cette base définit les étendues de chaque clé séparément (per-key)&#xa0;: elle n&apos;a pas d&apos;applications. Créez plutôt des clés personnelles (Clés API utilisateur).</translation>
    </message>
    <message>
        <source>You have no key with this id.</source>
        <translation>Vous n&apos;avez aucune clé avec cet identifiant.</translation>
    </message>
    <message>
        <source>rolling the key</source>
        <translation>renouvellement de la clé</translation>
    </message>
</context>
<context>
    <name>UserKeysPage</name>
    <message>
        <source>User API Keys</source>
        <translation>Clés API utilisateur</translation>
    </message>
    <message>
        <source>+ New API key</source>
        <translation>+ Nouvelle clé API</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete selected keys</source>
        <translation>Supprimer les clés sélectionnées</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message>
        <source>Search by key name, prefix or scope</source>
        <translation>Rechercher par nom de clé, préfixe ou étendue</translation>
    </message>
    <message>
        <source>User API keys</source>
        <translation>Clés API utilisateur</translation>
    </message>
    <message>
        <source>No API keys yet. “+ New API key” makes one, with the scopes you choose.</source>
        <translation>Aucune clé API pour l&apos;instant. «&#xa0;+ Nouvelle clé API&#xa0;» en crée une, avec les étendues que vous choisissez.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Scopekeeper cannot start</source>
        <translation>Impossible de démarrer Scopekeeper</translation>
    </message>
</context>
<context>
    <name>sk::ActivityPage</name>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
</context>
<context>
    <name>sk::AppDialog</name>
    <message>
        <source>Untitled app</source>
        <translation>Application sans nom</translation>
    </message>
    <message>
        <source>App “%1” created.</source>
        <translation>Application «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>The app is created. Create its first API key, or choose Done and create keys later.</source>
        <translation>L&apos;application est créée. Créez sa première clé API, ou choisissez Terminé et créez les clés plus tard.</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Créée par %1 le %2</translation>
    </message>
    <message>
        <source>Changes to “%1” saved.</source>
        <translation>Modifications de «&#xa0;%1&#xa0;» enregistrées.</translation>
    </message>
    <message>
        <source>App changed elsewhere</source>
        <translation>Application modifiée ailleurs</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it.</source>
        <translation>L&apos;application «&#xa0;%1&#xa0;» a été modifiée par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <source>Reload it to see the current name and scopes; your changes here will be discarded. Nothing was overwritten.</source>
        <translation>Rechargez-la pour voir le nom et les étendues actuels&#xa0;; les modifications faites ici seront abandonnées. Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Not saved: the app was changed elsewhere. Reload it before saving.</source>
        <translation>Non enregistré&#xa0;: l&apos;application a été modifiée ailleurs. Rechargez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Reloaded “%1”.</source>
        <translation>Application «&#xa0;%1&#xa0;» rechargée.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You changed “%1” but did not save.</source>
        <translation>Vous avez modifié «&#xa0;%1&#xa0;» sans enregistrer.</translation>
    </message>
    <message>
        <source>Discard your changes to the name and scopes?</source>
        <translation>Abandonner vos modifications du nom et des étendues&#xa0;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No answer came back for the app “%1”: it may have been created. Checking with the server; it is not created again meanwhile.</source>
        <translation>Aucune réponse n’est revenue pour l’application « %1 » : elle a peut-être été créée. Vérification auprès du serveur ; elle n’est pas recréée entre-temps.</translation>
    </message>
    <message>
        <source>The app “%1” may have been created, and the server cannot say: %2 Look for it in the list before creating it again.</source>
        <translation>L’application « %1 » a peut-être été créée, et le serveur ne peut pas le dire : %2 Cherchez-la dans la liste avant de la recréer.</translation>
    </message>
    <message>
        <source>App “%1” created (its answer was lost on the way; the server has it).</source>
        <translation>Application « %1 » créée (sa réponse s’est perdue en route ; le serveur l’a).</translation>
    </message>
    <message>
        <source>The server has no app “%1”: it was not created, and nothing was changed. Next creates it now.</source>
        <translation>Le serveur n’a pas d’application « %1 » : elle n’a pas été créée, et rien n’a été modifié. « Suivant » la crée maintenant.</translation>
    </message>
    <message>
        <source>Roll key…</source>
        <translation>Renouveler la clé…</translation>
    </message>
</context>
<context>
    <name>sk::AppListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::AppsPage</name>
    <message>
        <source>Edit app</source>
        <translation>Modifier l&apos;application</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Create an App</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Create an app (%1)</source>
        <translation>Créer une application (%1)</translation>
    </message>
    <message>
        <source>Edit the selected app (%1)</source>
        <translation>Modifier l&apos;application sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Delete the selected app (%1)</source>
        <translation>Supprimer l&apos;application sélectionnée (%1)</translation>
    </message>
    <message>
        <source>View app</source>
        <translation>Afficher l&apos;application</translation>
    </message>
    <message>
        <source>View the selected app (%1)</source>
        <translation>Afficher l&apos;application sélectionnée (%1)</translation>
    </message>
</context>
<context>
    <name>sk::AuditLogModel</name>
    <message>
        <source>Created app</source>
        <translation>Application créée</translation>
    </message>
    <message>
        <source>Changed app</source>
        <translation>Application modifiée</translation>
    </message>
    <message>
        <source>Deleted app</source>
        <translation>Application supprimée</translation>
    </message>
    <message>
        <source>Created key</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <source>Deleted key</source>
        <translation>Clé supprimée</translation>
    </message>
    <message>
        <source>prefix %1, expires %2</source>
        <translation>préfixe %1, expire le %2</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>renommée, anciennement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>scopes: %1</source>
        <translation>étendues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted with it</source>
        <translation>
            <numerusform>%n clé supprimée avec elle</numerusform>
            <numerusform>%n clés supprimées avec elle</numerusform>
        </translation>
    </message>
    <message>
        <source>Created administrator</source>
        <translation>Administrateur créé</translation>
    </message>
    <message>
        <source>Revoked administrator</source>
        <translation>Administrateur révoqué</translation>
    </message>
    <message>
        <source>Refused token</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>Started the audit chain</source>
        <translation>Chaîne d&apos;audit commencée</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>role</comment>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>auditor</source>
        <comment>role</comment>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>an unknown</source>
        <comment>refused token</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>a malformed</source>
        <comment>refused token</comment>
        <translation>mal formé</translation>
    </message>
    <message>
        <source>an expired</source>
        <comment>refused token</comment>
        <translation>expiré</translation>
    </message>
    <message>
        <source>a revoked</source>
        <comment>refused token</comment>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>administrator “%1”, role %2, expires %3</source>
        <translation>administrateur «&#xa0;%1&#xa0;», rôle %2, expire le %3</translation>
    </message>
    <message>
        <source>administrator “%1”</source>
        <translation>administrateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 token, from %2</source>
        <translation>jeton %1, depuis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more refused from there since the entry before</source>
        <translation>
            <numerusform>%n autre refusé depuis cette adresse depuis l&apos;entrée précédente</numerusform>
            <numerusform>%n autres refusés depuis cette adresse depuis l&apos;entrée précédente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries not chained</source>
        <translation>
            <numerusform>%n entrée antérieure non chaînée</numerusform>
            <numerusform>%n entrées antérieures non chaînées</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Rolled key</source>
        <translation>Clé renouvelée</translation>
    </message>
    <message>
        <source>rolled from “%1” (prefix %2), which stops %3; prefix %4, expires %5</source>
        <translation>renouvelée à partir de «&#xa0;%1&#xa0;» (préfixe %2), qui cessera de fonctionner le %3&#xa0;; préfixe %4, expire le %5</translation>
    </message>
</context>
<context>
    <name>sk::CatalogFile</name>
    <message>
        <source>it is a folder.</source>
        <translation>c’est un dossier.</translation>
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
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Deploy workflows</source>
        <translation>Déployer les workflows</translation>
    </message>
    <message>
        <source>Deploy a workflow so that it runs in production.</source>
        <translation>Déployer un workflow pour qu&apos;il s&apos;exécute en production.</translation>
    </message>
    <message>
        <source>Undeploy workflows</source>
        <translation>Retirer les workflows</translation>
    </message>
    <message>
        <source>Take a deployed workflow out of production.</source>
        <translation>Retirer de la production un workflow déployé.</translation>
    </message>
    <message>
        <source>Import workflows</source>
        <translation>Importer les workflows</translation>
    </message>
    <message>
        <source>Import a workflow definition from a file or another environment.</source>
        <translation>Importer la définition d&apos;un workflow depuis un fichier ou un autre environnement.</translation>
    </message>
    <message>
        <source>Export workflows</source>
        <translation>Exporter les workflows</translation>
    </message>
    <message>
        <source>Export a workflow definition to a file.</source>
        <translation>Exporter la définition d&apos;un workflow dans un fichier.</translation>
    </message>
    <message>
        <source>Deploy models</source>
        <translation>Déployer les modèles</translation>
    </message>
    <message>
        <source>Deploy a model so that workflows can call it.</source>
        <translation>Déployer un modèle pour que les workflows puissent l&apos;appeler.</translation>
    </message>
    <message>
        <source>Undeploy models</source>
        <translation>Retirer les modèles</translation>
    </message>
    <message>
        <source>Take a deployed model out of service.</source>
        <translation>Mettre hors service un modèle déployé.</translation>
    </message>
    <message>
        <source>Import models</source>
        <translation>Importer les modèles</translation>
    </message>
    <message>
        <source>Import a trained model from a file or a registry.</source>
        <translation>Importer un modèle entraîné depuis un fichier ou un registre.</translation>
    </message>
    <message>
        <source>Export models</source>
        <translation>Exporter les modèles</translation>
    </message>
    <message>
        <source>Export a model to a file.</source>
        <translation>Exporter un modèle dans un fichier.</translation>
    </message>
    <message>
        <source>Deploy guardrails</source>
        <translation>Déployer les garde-fous</translation>
    </message>
    <message>
        <source>Deploy guardrails that check model input and output.</source>
        <translation>Déployer des garde-fous qui contrôlent les entrées et les sorties des modèles.</translation>
    </message>
    <message>
        <source>Undeploy guardrails</source>
        <translation>Retirer les garde-fous</translation>
    </message>
    <message>
        <source>Take deployed guardrails out of service.</source>
        <translation>Mettre hors service des garde-fous déployés.</translation>
    </message>
    <message>
        <source>AIMMS PRO</source>
        <translation>AIMMS PRO</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Sign in and obtain session tokens on behalf of users.</source>
        <translation>Se connecter et obtenir des jetons de session pour le compte des utilisateurs.</translation>
    </message>
    <message>
        <source>Publish apps</source>
        <translation>Publier les applications</translation>
    </message>
    <message>
        <source>Publish, update and remove apps on the platform.</source>
        <translation>Publier, mettre à jour et supprimer des applications sur la plateforme.</translation>
    </message>
    <message>
        <source>Publish AIMMS versions</source>
        <translation>Publier les versions d&apos;AIMMS</translation>
    </message>
    <message>
        <source>Upload and remove AIMMS versions that apps run on.</source>
        <translation>Téléverser et supprimer les versions d&apos;AIMMS sur lesquelles s&apos;exécutent les applications.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Start, watch and cancel tasks.</source>
        <translation>Lancer, suivre et annuler des tâches.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>List and end running app sessions.</source>
        <translation>Lister et terminer les sessions d&apos;application en cours.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Manage other API keys.</source>
        <translation>Gérer les autres clés API.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Read and change secrets that apps use.</source>
        <translation>Lire et modifier les secrets utilisés par les applications.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Create, change and remove users.</source>
        <translation>Créer, modifier et supprimer des utilisateurs.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Change account settings.</source>
        <translation>Modifier les paramètres des comptes.</translation>
    </message>
</context>
<context>
    <name>sk::ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://keys.example.com:8443.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://keys.example.com:8443.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Cette adresse n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Enter the administrator token.</source>
        <translation>Saisissez le jeton d&apos;administrateur.</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>Fichier de certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose that file under “CA certificate file” and connect again.</source>
        <translation>Choisissez ce fichier dans le champ «&#xa0;Fichier de certificat d&apos;autorité&#xa0;» et reconnectez-vous.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>sk::ConsoleLauncher</name>
    <message>
        <source>Scopekeeper: manage scoped API apps and their API keys.

Without options it opens the store used last; on first run it creates a local store in %1.</source>
        <translation>Scopekeeper&#xa0;: gérer les applications API, leurs étendues et leurs clés API.

Sans option, ouvre la dernière base utilisée&#xa0;; au premier lancement, crée une base locale dans %1.</translation>
    </message>
    <message>
        <source>Open (or create) the local store FILE.</source>
        <translation>Ouvrir (ou créer) la base locale FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Connect to the Scopekeeper server at URL.</source>
        <translation>Se connecter au serveur Scopekeeper à l&apos;adresse URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The scope catalog of a new store: a built-in id (%1) or a JSON file.</source>
        <translation>Catalogue d&apos;étendues d&apos;une nouvelle base&#xa0;: un identifiant intégré (%1) ou un fichier JSON.</translation>
    </message>
    <message>
        <source>ID|FILE</source>
        <translation>ID|FICHIER</translation>
    </message>
    <message>
        <source>Quit as soon as the apps are shown (for scripts and benchmarks); print problems instead of showing them in a dialog.</source>
        <translation>Quitter dès que les applications sont affichées (pour les scripts et les mesures de performances)&#xa0;; écrire les problèmes sur la sortie au lieu de les afficher dans une boîte de dialogue.</translation>
    </message>
    <message>
        <source>Run “scopekeeper --help” to see the options.</source>
        <translation>Exécutez «&#xa0;scopekeeper --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. To open a store file, use --database FILE.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Pour ouvrir un fichier de base, utilisez --database FICHIER.</translation>
    </message>
    <message>
        <source>--server cannot be combined with --database or --demo: the console opens one store at a time.</source>
        <translation>--server ne peut pas être combiné avec --database ou --demo&#xa0;: la console ouvre une seule base à la fois.</translation>
    </message>
    <message>
        <source>--demo uses the “%1” catalog; it cannot be combined with --catalog %2.</source>
        <translation>--demo utilise le catalogue «&#xa0;%1&#xa0;»&#xa0;; il ne peut pas être combiné avec --catalog %2.</translation>
    </message>
    <message>
        <source>“%1” already exists. A new store needs a new file name; the existing file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Une nouvelle base nécessite un nouveau nom de fichier&#xa0;; le fichier existant n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>--server: “%1” is not a valid address.</source>
        <translation>--server&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>--demo creates a fresh store, but “%1” already exists. Choose a new file name; the existing file was not changed.</source>
        <translation>--demo crée une nouvelle base, mais «&#xa0;%1&#xa0;» existe déjà. Choisissez un nouveau nom de fichier&#xa0;; le fichier existant n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The previous demo store “%1” cannot be removed.</source>
        <translation>Impossible de supprimer l&apos;ancienne base de démo «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--catalog applies only to a new store; this store keeps its catalog “%1”.</source>
        <translation>--catalog ne s&apos;applique qu&apos;à une nouvelle base&#xa0;; cette base conserve son catalogue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Open Local Store</source>
        <translation>Ouvrir une base locale</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Scopekeeper (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Local Store</source>
        <translation>Nouvelle base locale</translation>
    </message>
    <message>
        <source>new-store.sqlite</source>
        <translation>new-store.sqlite</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite)</source>
        <translation>Bases Scopekeeper (*.sqlite)</translation>
    </message>
    <message>
        <source>No token is stored for %1: connect once in the console and let it remember the token.</source>
        <translation>Aucun jeton n&apos;est enregistré pour %1&#xa0;: connectez-vous une fois dans la console et laissez-la mémoriser le jeton.</translation>
    </message>
    <message>
        <source>With --server: also trust the CA certificates in FILE (PEM) for that server, e.g. your own CA&apos;s. It is remembered for the server&apos;s URL.</source>
        <translation>Avec --server&#xa0;: faire aussi confiance aux certificats d&apos;autorité de FICHIER (PEM) pour ce serveur, par exemple ceux de votre propre autorité de certification. Ce choix est mémorisé pour l&apos;URL du serveur.</translation>
    </message>
    <message>
        <source>--ca-file is for a server: give it with --server URL.</source>
        <translation>--ca-file concerne un serveur&#xa0;: indiquez-la avec --server URL.</translation>
    </message>
    <message>
        <source>Give that file with --ca-file FILE.</source>
        <translation>Indiquez ce fichier avec --ca-file FICHIER.</translation>
    </message>
    <message>
        <source>To work on it again, choose Connect… and give a token; File &gt; Open Local Store… opens a local store.</source>
        <translation>Pour travailler à nouveau avec ce serveur, choisissez «&#xa0;Se connecter…&#xa0;» et indiquez un jeton&#xa0;; «&#xa0;Fichier &gt; Ouvrir une base locale…&#xa0;» ouvre une base locale.</translation>
    </message>
    <message>
        <source>Signed out of %1: its apps and keys are no longer shown.</source>
        <translation>Déconnecté de %1&#xa0;: ses applications et ses clés ne sont plus affichées.</translation>
    </message>
    <message>
        <source>Signed out of %1: its token was deleted from the keychain, and its apps and keys are no longer shown.</source>
        <translation>Déconnecté de %1&#xa0;: son jeton a été supprimé du trousseau, et ses applications et ses clés ne sont plus affichées.</translation>
    </message>
    <message>
        <source>Signed out of %1: its apps and keys are no longer shown. There is no keychain, so no token was kept.</source>
        <translation>Déconnecté de %1&#xa0;: ses applications et ses clés ne sont plus affichées. Il n&apos;y a pas de trousseau&#xa0;; aucun jeton n&apos;a donc été conservé.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keychain did not delete its token: %2</source>
        <translation>Déconnecté de %1, mais le trousseau n&apos;a pas supprimé son jeton&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not connected to a server: Connect to Server was cancelled.</source>
        <translation>Non connecté à un serveur&#xa0;: «&#xa0;Se connecter au serveur&#xa0;» a été annulé.</translation>
    </message>
    <message>
        <source>Not connected to %1: Connect to Server was cancelled.</source>
        <translation>Non connecté à %1&#xa0;: «&#xa0;Se connecter au serveur&#xa0;» a été annulé.</translation>
    </message>
    <message>
        <source>Start on a fresh demonstration store: the bank use case (apps and their keys), or, with “--demo aimms”, an AIMMS-style store of personal keys with scopes of their own. Its keys work nowhere else.</source>
        <translation>Démarrer sur une nouvelle base de démo&#xa0;: le cas d&apos;usage bancaire (applications et leurs clés) ou, avec «&#xa0;--demo aimms&#xa0;», une base de style AIMMS de clés personnelles ayant leurs propres étendues. Ses clés ne fonctionnent nulle part ailleurs.</translation>
    </message>
    <message>
        <source>How a new store scopes its keys: “per-app” (keys have their app&apos;s scopes) or “per-key” (each key gets its own scopes, on a “User API Keys” page). The default is per-key for the aimms-pro catalog, per-app otherwise.</source>
        <translation>Comment une nouvelle base attribue des étendues à ses clés&#xa0;: «&#xa0;per-app&#xa0;» (les clés ont les étendues de leur application) ou «&#xa0;per-key&#xa0;» (chaque clé reçoit ses propres étendues, sur une page «&#xa0;Clés API utilisateur&#xa0;»). Par défaut, per-key pour le catalogue aimms-pro, sinon per-app.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>--demo: unknown demonstration “%1”; choose %2.</source>
        <translation>--demo&#xa0;: démo «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez %2.</translation>
    </message>
    <message>
        <source>--scoping: “%1” is not a scoping mode; choose per-app or per-key.</source>
        <translation>--scoping&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un mode d&apos;attribution des étendues&#xa0;; choisissez per-app ou per-key.</translation>
    </message>
    <message>
        <source>--scoping is for a new local store; a server&apos;s store keeps the mode it was created with (scopekeeper-server --scoping).</source>
        <translation>--scoping concerne une nouvelle base locale&#xa0;; la base d&apos;un serveur conserve le mode avec lequel elle a été créée (scopekeeper-server --scoping).</translation>
    </message>
    <message>
        <source>This demo store is %1; it cannot be combined with --scoping %2.</source>
        <translation>Cette base de démo est %1&#xa0;; elle ne peut pas être combinée avec --scoping %2.</translation>
    </message>
    <message>
        <source>--scoping applies only to a new store; this store keeps its mode “%1”.</source>
        <translation>--scoping ne s&apos;applique qu&apos;à une nouvelle base&#xa0;; cette base conserve son mode «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>sk::CreateKeyDialog</name>
    <message>
        <source>&amp;Generate Key</source>
        <translation>&amp;Générer la clé</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Générer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Date personnalisée</translation>
    </message>
    <message>
        <source>The key will expire tomorrow, %1.</source>
        <translation>La clé expirera demain, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>La clé expirera le %1, dans %n jour.</numerusform>
            <numerusform>La clé expirera le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key could not be created.</source>
        <translation>Impossible de créer la clé.</translation>
    </message>
    <message>
        <source>No answer came back for the key “%1”: it may have been created. Checking with the server; it is not created again meanwhile. (Cancel stops waiting; the key list then shows the key if it was made.)</source>
        <translation>Aucune réponse n’est revenue pour la clé « %1 » : elle a peut-être été créée. Vérification auprès du serveur ; elle n’est pas recréée entre-temps. (« Annuler » arrête l’attente ; la liste des clés montre alors la clé si elle a été créée.)</translation>
    </message>
    <message>
        <source>The key “%1” may have been created, and the server cannot say: %2 Look for it in the key list before creating it again.</source>
        <translation>La clé « %1 » a peut-être été créée, et le serveur ne peut pas le dire : %2 Cherchez-la dans la liste des clés avant de la recréer.</translation>
    </message>
    <message>
        <source>The server has no key “%1”: it was not created, and nothing was changed. Generate Key creates it now.</source>
        <translation>Le serveur n’a pas de clé « %1 » : elle n’a pas été créée, et rien n’a été modifié. « Générer la clé » la crée maintenant.</translation>
    </message>
    <message>
        <source>The key will belong to “%1”, which has no scopes yet: it grants nothing until the app has some.</source>
        <translation>La clé appartiendra à «&#xa0;%1&#xa0;», qui n&apos;a pas encore d&apos;étendue&#xa0;: elle n&apos;accorde rien tant que l&apos;application n&apos;en a pas.</translation>
    </message>
    <message>
        <source>The key will belong to “%1”, whose scopes are: %2. It can grant all of them, or only some.</source>
        <translation>La clé appartiendra à «&#xa0;%1&#xa0;», dont les étendues sont&#xa0;: %2. Elle peut les accorder toutes, ou seulement certaines.</translation>
    </message>
    <message>
        <source>The key grants whatever scopes the app has: a scope added to the app later applies to it too.</source>
        <translation>La clé accorde toutes les étendues de l&apos;application&#xa0;: une étendue ajoutée plus tard à l&apos;application s&apos;applique aussi à elle.</translation>
    </message>
    <message>
        <source>The key grants only the scopes ticked below, while the app has them: a scope added to the app later does not apply to it.</source>
        <translation>La clé n&apos;accorde que les étendues cochées ci-dessous, tant que l&apos;application les a&#xa0;: une étendue ajoutée plus tard à l&apos;application ne s&apos;applique pas à elle.</translation>
    </message>
    <message>
        <source>The store&apos;s scope catalog could not be read: %1</source>
        <translation>Impossible de lire le catalogue d&apos;étendues de la base&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sk::KeyFilterProxyModel</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisée</translation>
    </message>
    <message numerus="yes">
        <source>Not used in %n day(s)</source>
        <translation>
            <numerusform>Inutilisée depuis %n jour</numerusform>
            <numerusform>Inutilisée depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::KeyListModel</name>
    <message>
        <source>Key Name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>This key has never been used.</source>
        <translation>Cette clé n&apos;a jamais été utilisée.</translation>
    </message>
    <message>
        <source>Expired on %1; services refuse this key.</source>
        <translation>Expirée le %1&#xa0;; les services refusent cette clé.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1.</numerusform>
            <numerusform>Expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Narrowed: its app holds none of the key&apos;s scopes any more, so it grants nothing.</source>
        <translation>Restreinte&#xa0;: son application n&apos;a plus aucune des étendues de la clé, elle n&apos;accorde donc rien.</translation>
    </message>
    <message numerus="yes">
        <source>Narrowed: %1 of the app&apos;s %n scope(s).</source>
        <extracomment>%1: how many scopes the key grants; %n: how many its app holds</extracomment>
        <translation>
            <numerusform>Restreinte&#xa0;: %1 sur %n étendue de l&apos;application.</numerusform>
            <numerusform>Restreinte&#xa0;: %1 sur %n étendues de l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <source>All of the app&apos;s scopes:</source>
        <translation>Toutes les étendues de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Rolled: stopped on %1; services refuse this key.</source>
        <translation>Renouvelée&#xa0;: a cessé de fonctionner le %1&#xa0;; les services refusent cette clé.</translation>
    </message>
    <message>
        <source>Rolled: stops on %1; services refuse this key from then on.</source>
        <translation>Renouvelée&#xa0;: cessera de fonctionner le %1&#xa0;; les services refuseront cette clé dès lors.</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>En renouvellement</translation>
    </message>
</context>
<context>
    <name>sk::KeysPage</name>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Supprimer %n clé</numerusform>
            <numerusform>Supprimer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no apps yet. Create an app first: a key belongs to an app and grants its scopes.</source>
        <translation>Il n&apos;y a encore aucune application. Créez d&apos;abord une application&#xa0;: une clé appartient à une application et accorde ses étendues.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Which app is the key for? It grants that app&apos;s scopes, all of them or only some.</source>
        <translation>Pour quelle application est la clé&#xa0;? Elle accorde les étendues de cette application, toutes ou seulement certaines.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
</context>
<context>
    <name>sk::ListPage</name>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Supprimer %n clé</numerusform>
            <numerusform>Supprimer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll key…</source>
        <translation>Renouveler la clé…</translation>
    </message>
    <message>
        <source>New API key…</source>
        <translation>Nouvelle clé API…</translation>
    </message>
</context>
<context>
    <name>sk::MainWindow</name>
    <message>
        <source>%1 (demo) — Scopekeeper</source>
        <translation>%1 (démo) — Scopekeeper</translation>
    </message>
    <message>
        <source>%1 — Scopekeeper</source>
        <translation>%1 — Scopekeeper</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation>Base de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope catalog: %1</source>
        <translation>Catalogue d&apos;étendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>About Scopekeeper</source>
        <translation>À propos de Scopekeeper</translation>
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
        <translation>SQLite — domaine public</translation>
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
        <translation>&lt;h3&gt;Scopekeeper %1&lt;/h3&gt;&lt;p&gt;Applications API à étendues et leurs clés API.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © 2026 Les auteurs de Scopekeeper.&lt;br&gt;Logiciel libre sous licence MIT.&lt;/p&gt;&lt;p&gt;Composants tiers&#xa0;:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Server: %1 (signed out)</source>
        <translation>Serveur&#xa0;: %1 (déconnecté)</translation>
    </message>
    <message>
        <source>Boost (Asio, Beast; in scopekeeper-server) — Boost Software License 1.0</source>
        <translation>Boost (Asio, Beast&#xa0;; dans scopekeeper-server) — Boost Software License 1.0</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Your token expires today</source>
        <translation>Votre jeton expire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Your token expires in %n day(s)</source>
        <translation>
            <numerusform>Votre jeton expire dans %n jour</numerusform>
            <numerusform>Votre jeton expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Your administrator token stops working on %1. Ask the server&apos;s operator for a new one before then, and connect with it.</source>
        <translation>Votre jeton d&apos;administrateur cessera de fonctionner le %1. Demandez-en un nouveau à l&apos;exploitant du serveur avant cette date, puis connectez-vous avec.</translation>
    </message>
    <message>
        <source>Write a copy of this store to a new file, to restore it from later</source>
        <translation>Écrire une copie de cette base dans un nouveau fichier, pour la restaurer plus tard</translation>
    </message>
    <message>
        <source>A server&apos;s store is backed up on the server&apos;s computer, with “scopekeeper-server backup FILE”</source>
        <translation>La base d’un serveur se sauvegarde sur l’ordinateur du serveur, avec « scopekeeper-server backup FICHIER »</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-sauvegarde-%2.sqlite</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>Scopekeeper stores (*.sqlite)</source>
        <translation>Bases Scopekeeper (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the store to %1…</source>
        <translation>Sauvegarde de la base vers %1…</translation>
    </message>
    <message>
        <source>Store backed up to %1</source>
        <translation>Base sauvegardée vers %1</translation>
    </message>
    <message>
        <source>The store was not backed up to %1.</source>
        <translation>La base n’a pas été sauvegardée vers %1.</translation>
    </message>
    <message>
        <source>User API Keys</source>
        <translation>Clés API utilisateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New API &amp;Key…</source>
        <translation>Nouvelle c&amp;lé API…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within %1</source>
        <comment>the expiry reminder; %1: “14 days”</comment>
        <translation>
            <numerusform>%n clé expire d&apos;ici %1</numerusform>
            <numerusform>%n clés expirent d&apos;ici %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>%1-inventory-%2.csv</source>
        <translation>%1-inventaire-%2.csv</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Exporter l&apos;inventaire</translation>
    </message>
    <message>
        <source>Exporting the inventory…</source>
        <translation>Exportation de l&apos;inventaire…</translation>
    </message>
    <message>
        <source>The inventory was not written to %1.</source>
        <translation>L&apos;inventaire n&apos;a pas été écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::OneTimeKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>Clé API copiée</translation>
    </message>
    <message>
        <source>Key “%1”, expires on %2.</source>
        <translation>Clé «&#xa0;%1&#xa0;», expire le %2.</translation>
    </message>
    <message>
        <source>Key “%1” of “%2”, expires on %3.</source>
        <translation>Clé «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;», expire le %3.</translation>
    </message>
    <message>
        <source>Close Without Copying</source>
        <translation>Fermer sans copier</translation>
    </message>
    <message>
        <source>Close without copying? This key will not be shown again.</source>
        <translation>Fermer sans copier&#xa0;? Cette clé ne sera plus affichée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sk::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Toutes les 30 secondes</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::RestStore</name>
    <message>
        <source>The CA certificate file “%1” cannot be read or holds no PEM certificate.</source>
        <translation>Le fichier de certificat d&apos;autorité «&#xa0;%1&#xa0;» est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>This build of Scopekeeper has no TLS support.</source>
        <translation>Cette version de Scopekeeper ne prend pas en charge TLS.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>La connexion à %1 a été fermée.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; give one such as https://host:8443.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur&#xa0;; indiquez-en une comme https://host:8443.</translation>
    </message>
    <message>
        <source>“%1” uses plain http to a host that is not this computer; use https, so that the token and keys are not sent in clear.</source>
        <translation>«&#xa0;%1&#xa0;» utilise http non chiffré vers un hôte qui n&apos;est pas cet ordinateur&#xa0;; utilisez https afin que le jeton et les clés ne soient pas transmis en clair.</translation>
    </message>
    <message>
        <source>The app was changed by someone else in the meantime; reload it and try again.</source>
        <translation>L&apos;application a été modifiée par quelqu&apos;un d&apos;autre entre-temps&#xa0;; rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>The server at %1 failed (HTTP %2); its log says why.</source>
        <translation>Le serveur %1 a rencontré une erreur (HTTP %2)&#xa0;; son journal en indique la cause.</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2.</source>
        <translation>Le serveur %1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The server at %1 gave an answer that is not a JSON object; is it a Scopekeeper server?</source>
        <translation>La réponse du serveur %1 n&apos;est pas un objet JSON&#xa0;; s&apos;agit-il bien d&apos;un serveur Scopekeeper&#xa0;?</translation>
    </message>
    <message>
        <source>The server connection is not open.</source>
        <translation>La connexion au serveur n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Its certificate is “%1”, issued by “%2”, valid from %3 to %4, with the SHA-256 fingerprint %5.</source>
        <translation>Son certificat est «&#xa0;%1&#xa0;», émis par «&#xa0;%2&#xa0;», valide du %3 au %4, avec l&apos;empreinte SHA-256 %5.</translation>
    </message>
    <message>
        <source>There is no administrator token for the server at %1; connect again to sign in.</source>
        <translation>Il n&apos;y a aucun jeton d&apos;administrateur pour le serveur %1&#xa0;; reconnectez-vous pour vous identifier.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be trusted: %2.</source>
        <translation>Impossible de faire confiance au serveur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was sent to it. If it is your server, trust it explicitly with the file of the CA that issued its certificate.</source>
        <translation>Rien ne lui a été envoyé. S&apos;il s&apos;agit de votre serveur, faites-lui explicitement confiance avec le fichier de l&apos;autorité de certification qui a émis son certificat.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. It may be busy, or the network slow; retry in a moment.</source>
        <translation>Le serveur %1 n&apos;a pas répondu dans un délai de %2 secondes. Il est peut-être occupé, ou le réseau est lent&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2. Check that it is running and that this computer can reach it, then retry.</source>
        <translation>Impossible de joindre le serveur %1&#xa0;: %2. Vérifiez qu&apos;il est en marche et que cet ordinateur peut le joindre, puis réessayez.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it may have been revoked, or be for another server. Connect again with a valid token.</source>
        <translation>Le serveur %1 a refusé le jeton d&apos;administrateur&#xa0;: il a peut-être été révoqué, ou il est destiné à un autre serveur. Reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <source>The server at %1 did not name the administrator of the token; is it a Scopekeeper server?</source>
        <translation>Le serveur %1 n&apos;a pas indiqué l&apos;administrateur du jeton&#xa0;; s&apos;agit-il bien d&apos;un serveur Scopekeeper&#xa0;?</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to a health check: it is not a Scopekeeper server, or it is not working properly.</source>
        <translation>%1 a répondu HTTP %2 à une vérification d&apos;état&#xa0;: ce n&apos;est pas un serveur Scopekeeper, ou il ne fonctionne pas correctement.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer to a key check that cannot be read.</source>
        <translation>Le serveur %1 a envoyé une réponse illisible à une vérification de clé.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it was revoked. Ask the server&apos;s operator for a new one, then connect with it.</source>
        <translation>Le serveur %1 a refusé le jeton d&apos;administrateur&#xa0;: il a été révoqué. Demandez-en un nouveau à l&apos;exploitant du serveur, puis connectez-vous avec.</translation>
    </message>
    <message>
        <source>The server at %1 refused the administrator token: it has expired. Ask the server&apos;s operator for a new one, then connect with it.</source>
        <translation>Le serveur %1 a refusé le jeton d&apos;administrateur&#xa0;: il a expiré. Demandez-en un nouveau à l&apos;exploitant du serveur, puis connectez-vous avec.</translation>
    </message>
    <message>
        <source>%1 The change was sent, but its answer was lost: the server may have made it. Nothing is sent again by itself; check what the server has once it answers.</source>
        <translation>%1 La modification a été envoyée, mais sa réponse s’est perdue : le serveur l’a peut-être faite. Rien n’est renvoyé de lui-même ; vérifiez ce que le serveur a dès qu’il répond.</translation>
    </message>
    <message>
        <source>The server at %1 named the same page of a listing twice; the listing was stopped there.</source>
        <translation>Le serveur %1 a désigné deux fois la même page d’une liste&#xa0;; la liste a été arrêtée là.</translation>
    </message>
</context>
<context>
    <name>sk::RollKeyDialog</name>
    <message>
        <source>This key has already been rolled: it stops working on its own.</source>
        <translation>Cette clé a déjà été renouvelée&#xa0;: elle cessera de fonctionner d’elle-même.</translation>
    </message>
    <message>
        <source>This key has expired: create a new key instead.</source>
        <translation>Cette clé a expiré&#xa0;: créez plutôt une nouvelle clé.</translation>
    </message>
    <message>
        <source>Roll API Key</source>
        <translation>Renouveler la clé API</translation>
    </message>
    <message>
        <source>A new key replaces “%1” of “%2”. The old key keeps working for the time you choose, so that its users can switch to the new one.</source>
        <translation>Une nouvelle clé remplace «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;». L’ancienne clé continue de fonctionner pendant la durée choisie, afin que ses utilisateurs puissent passer à la nouvelle.</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>Après 1 heure</translation>
    </message>
    <message>
        <source>After 24 hours</source>
        <translation>Après 24 heures</translation>
    </message>
    <message>
        <source>After 7 days</source>
        <translation>Après 7 jours</translation>
    </message>
    <message>
        <source>Old key stops</source>
        <translation>Arrêt de l’ancienne clé</translation>
    </message>
    <message>
        <source>New key name</source>
        <translation>Nom de la nouvelle clé</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>New key expires</source>
        <translation>Expiration de la nouvelle clé</translation>
    </message>
    <message>
        <source>Old key &amp;stops:</source>
        <translation>&amp;Arrêt de l’ancienne clé&#xa0;:</translation>
    </message>
    <message>
        <source>New key &amp;name:</source>
        <translation>&amp;Nom de la nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>New key &amp;expires:</source>
        <translation>E&amp;xpiration de la nouvelle clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Roll Key</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>Roll Key</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sk::ScopePicker</name>
    <message>
        <source>Scope groups</source>
        <translation>Groupes d&apos;étendues</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select all %1 scopes</source>
        <translation>Sélectionner toutes les étendues du groupe %1</translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation>Étendues du groupe %1</translation>
    </message>
</context>
<context>
    <name>sk::SqlStore</name>
    <message>
        <source>The store is closed.</source>
        <translation>La base est fermée.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>La base n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>sk::Store</name>
    <message>
        <source>A server&apos;s store is backed up on the server&apos;s computer, with “scopekeeper-server backup FILE”.</source>
        <translation>La base d’un serveur se sauvegarde sur l’ordinateur du serveur, avec « scopekeeper-server backup FICHIER ».</translation>
    </message>
</context>
<context>
    <name>sk::TokenVault</name>
    <message>
        <source>No token is stored for this server.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce serveur.</translation>
    </message>
    <message>
        <source>The keychain is not available (%1). The token is not stored; it will be asked for each time.</source>
        <translation>Le trousseau n&apos;est pas disponible (%1). Le jeton n&apos;est pas enregistré&#xa0;; il sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain (%1).</source>
        <translation>Impossible de lire le jeton dans le trousseau (%1).</translation>
    </message>
    <message>
        <source>An empty token cannot be stored.</source>
        <translation>Impossible d&apos;enregistrer un jeton vide.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1).</source>
        <translation>Impossible d&apos;enregistrer le jeton dans le trousseau (%1).</translation>
    </message>
    <message>
        <source>The token could not be deleted from the keychain (%1).</source>
        <translation>Impossible de supprimer le jeton du trousseau (%1).</translation>
    </message>
</context>
<context>
    <name>sk::UserKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Key Name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>For example: Nightly publishing</source>
        <translation>Par exemple&#xa0;: Publication nocturne</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Expire après</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Étendues</translation>
    </message>
    <message>
        <source>The key grants the scopes you tick, and nothing else. Its secret is shown once, when it is made.</source>
        <translation>La clé accorde les étendues que vous cochez, et rien d&apos;autre. Son secret n&apos;est affiché qu&apos;une fois, à sa création.</translation>
    </message>
    <message>
        <source>Key &amp;Name:</source>
        <translation>&amp;Nom de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry &amp;Date:</source>
        <translation>&amp;Date d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>É&amp;tendues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Generate Key</source>
        <translation>&amp;Générer la clé</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Générer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom date</source>
        <translation>Date personnalisée</translation>
    </message>
    <message>
        <source>The scopes could not be read: %1</source>
        <translation>Impossible de lire les étendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key will expire tomorrow, %1.</source>
        <translation>La clé expirera demain, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>La clé expirera le %1, dans %n jour.</numerusform>
            <numerusform>La clé expirera le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer came back: the key may have been created, without its secret. Look for it in the list and delete it before creating it again.</source>
        <translation>Aucune réponse n&apos;est revenue&#xa0;: la clé a peut-être été créée, sans son secret. Cherchez-la dans la liste et supprimez-la avant de la recréer.</translation>
    </message>
    <message>
        <source>The key could not be created.</source>
        <translation>Impossible de créer la clé.</translation>
    </message>
</context>
<context>
    <name>sk::UserKeyListModel</name>
    <message>
        <source>Key Name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>%1 (prefix %2)</source>
        <translation>%1 (préfixe %2)</translation>
    </message>
    <message>
        <source>Expired on %1; services refuse this key.</source>
        <translation>Expirée le %1&#xa0;; les services refusent cette clé.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Expire le %1.</translation>
    </message>
</context>
<context>
    <name>sk::UserKeysPage</name>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Supprimer %n clé</numerusform>
            <numerusform>Supprimer %n clés</numerusform>
        </translation>
    </message>
</context>
</TS>
