#include "Rules.h"

#include <QLocale>
#include <QSet>

namespace sk {

QString Rules::normalizeName(const QString& name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

QString Rules::foldName(const QString& normalizedName)
{
    return normalizedName.toCaseFolded();
}

qsizetype Rules::characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

std::optional<FieldError> Rules::checkName(const QString& name, const QString& what)
{
    const QString field = QStringLiteral("name");
    if (name.isEmpty())
        return FieldError{field, tr("%1 must not be empty.").arg(what)};
    const qsizetype length = characterCount(name);
    if (length > MaxNameLength) {
        return FieldError{field, tr("%1 is %2 characters long; at most %3 are allowed.")
                                     .arg(what)
                                     .arg(length)
                                     .arg(MaxNameLength)};
    }
    bool visible = false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph) {
            return FieldError{field, tr("%1 must not contain line breaks, tabs or other control "
                                        "characters.")
                                         .arg(what)};
        }
        // Text-direction overrides make a name read differently from what it is.
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) {
            return FieldError{
                field, tr("%1 must not contain text-direction control characters.").arg(what)};
        }
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            visible = true;
    }
    if (!visible) {
        // Only spaces and invisible characters (zero-width space, …): it would look blank.
        return FieldError{field, tr("%1 must contain at least one visible character.").arg(what)};
    }
    return std::nullopt;
}

std::optional<FieldError> Rules::checkAppName(const QString& name)
{
    return checkName(name, tr("App name"));
}

std::optional<FieldError> Rules::checkKeyName(const QString& name)
{
    return checkName(name, tr("Key name"));
}

QStringList Rules::normalizeScopes(const QStringList& scopes)
{
    QStringList result = scopes;
    for (QString& s : result)
        s = s.trimmed();
    result.removeAll(QString());
    result.sort();
    result.removeDuplicates();
    return result;
}

std::optional<FieldError> Rules::checkScopes(const QStringList& scopes, const Catalog& catalog)
{
    const QString field = QStringLiteral("scopes");
    const QStringList normalized = normalizeScopes(scopes);
    if (normalized.isEmpty())
        return FieldError{field, tr("Choose at least one scope.")};
    QStringList unknown;
    for (const QString& s : normalized) {
        if (!catalog.contains(s))
            unknown << s;
    }
    if (!unknown.isEmpty()) {
        QStringList quoted;
        for (const QString& id : std::as_const(unknown))
            quoted << tr("“%1”", "a scope id in quotation marks").arg(id);
        //: %1: the catalog's id; %2: one or more scope ids, e.g. “a:b”, “c:d” and “e:f”
        return FieldError{field, tr("Not in this store's scope catalog (%1): %2.")
                                     .arg(catalog.id(), QLocale().createSeparatedList(quoted))};
    }
    return std::nullopt;
}

std::optional<FieldError> Rules::checkExpiry(const QDateTime& expiresAt, const QDateTime& createdAt)
{
    const QString field = QStringLiteral("expires_at");
    if (!expiresAt.isValid())
        return FieldError{field, tr("Choose an expiry date.")};
    if (expiresAt <= createdAt)
        return FieldError{field, tr("The expiry date must be in the future.")};
    const QDateTime latest = latestExpiry(createdAt);
    if (expiresAt > latest) {
        return FieldError{
            field, tr("The expiry date must be at most one year from now (%1 at the "
                      "latest).")
                       .arg(QLocale().toString(latest.toLocalTime().date(), QLocale::LongFormat))};
    }
    return std::nullopt;
}

FieldError Rules::duplicateAppName(const QString& name)
{
    return FieldError{QStringLiteral("name"), tr("An app named “%1” already exists.").arg(name)};
}

FieldError Rules::duplicateKeyName(const QString& name)
{
    return FieldError{QStringLiteral("name"),
                      tr("This app already has a key named “%1”.").arg(name)};
}

} // namespace sk
