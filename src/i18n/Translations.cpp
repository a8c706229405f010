#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <algorithm>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(i18n);
}

namespace sk {

namespace {

const QString ResourceDir = QStringLiteral(":/scopekeeper/i18n");

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool install(QTranslator* translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

QList<Language> availableLanguages()
{
    initTranslationResources();
    QList<Language> languages;
    const QStringList files =
        QDir(ResourceDir).entryList({QStringLiteral("scopekeeper_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(12, file.size() - 12 - 3); // scopekeeper_XX.qm
        // QLocale("en") is American English; the list names the language, not a country.
        QString name = code == QLatin1String("en") ? QStringLiteral("English")
                                                   : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" → "Français", as in a list of languages
        languages.append({code, name});
    }
    std::sort(languages.begin(), languages.end(), [](const Language& a, const Language& b) {
        if ((a.code == QLatin1String("en")) != (b.code == QLatin1String("en")))
            return a.code == QLatin1String("en");
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return languages;
}

QLocale uiLocale(const QString& languageCode)
{
    if (languageCode.isEmpty())
        return QLocale::system();
    const QList<Language> languages = availableLanguages();
    const bool known = std::any_of(languages.begin(), languages.end(),
                                   [&](const Language& l) { return l.code == languageCode; });
    return known ? QLocale(languageCode) : QLocale::system();
}

void installTranslations(const QLocale& locale)
{
    initTranslationResources();
    if (!QCoreApplication::instance())
        return;
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    auto* app = QCoreApplication::instance();
    // English comes first: it holds the plural forms of the English source texts. A
    // translation installed later takes precedence.
    auto* english = new QTranslator(app);
    install(english, english->load(ResourceDir + QStringLiteral("/scopekeeper_en.qm")));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto* own = new QTranslator(app);
    if (!install(own, own->load(locale, QStringLiteral("scopekeeper"), QStringLiteral("_"),
                                ResourceDir)))
        return; // a language Scopekeeper does not speak: English, with English buttons
    // Qt's own for standard buttons and dialogs ("Cancel", "Open File"): next to the
    // program on Windows and macOS (windeployqt, macdeployqt), in Qt's folder elsewhere.
    const QStringList folders = {QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/translations"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    for (const QString& folder : folders) {
        auto* qt = new QTranslator(app);
        if (install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)))
            break;
    }
}

} // namespace sk
