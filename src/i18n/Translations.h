// Scopekeeper: loads the translations of the console and scopekeeper-cli, and Qt's own.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace sk {

/// A language the console is translated into.
struct Language
{
    QString code; // "de", "en", …
    QString name; // in the language itself: "Deutsch", "English", …
};

/// Every language the console speaks, English first, then by name.
QList<Language> availableLanguages();

/// The locale for a language preference: the system's for an empty (or unknown) code,
/// otherwise the language's own.
QLocale uiLocale(const QString& languageCode);

/// Installs the translations for `locale` (the system's by default): Scopekeeper's own, with
/// the English plural forms as the fallback, and Qt's for standard buttons and dialogs.
/// Called again, it replaces the translations it installed before.
void installTranslations(const QLocale& locale = QLocale());

} // namespace sk
