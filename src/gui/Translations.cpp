#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(i18n);
}

namespace sk {

void installTranslations(const QLocale& locale)
{
    initTranslationResources();
    auto* app = QCoreApplication::instance();
    if (!app)
        return;
    // English comes first: it holds the plural forms of the English source texts. A
    // translation installed later takes precedence.
    auto* english = new QTranslator(app);
    if (english->load(QStringLiteral(":/scopekeeper/i18n/scopekeeper_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("scopekeeper"), QStringLiteral("_"),
                  QStringLiteral(":/scopekeeper/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace sk
