#include "RestJson.h"

#include "Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sk::rest {

namespace {

QString text(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return utcFromMSecs(time.toMSecsSinceEpoch())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QDateTime parseTime(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return utcFromMSecs(t.toMSecsSinceEpoch());
}

App appFromJson(const QJsonObject& o)
{
    App app;
    app.id = text(o, "id");
    app.name = text(o, "name");
    app.scopes = strings(o.value(QLatin1String("scopes")));
    app.createdBy = text(o, "created_by");
    app.createdAt = parseTime(o.value(QLatin1String("created_at")));
    app.updatedAt = parseTime(o.value(QLatin1String("updated_at")));
    app.keyCount = o.value(QLatin1String("key_count")).toInt();
    app.version = o.value(QLatin1String("version")).toInteger();
    return app;
}

ApiKey keyFromJson(const QJsonObject& o)
{
    ApiKey key;
    key.id = text(o, "id");
    key.appId = text(o, "app_id");
    key.appName = text(o, "app_name");
    key.name = text(o, "name");
    key.prefix = text(o, "prefix");
    key.createdBy = text(o, "created_by");
    key.createdAt = parseTime(o.value(QLatin1String("created_at")));
    key.expiresAt = parseTime(o.value(QLatin1String("expires_at")));
    key.lastUsedAt = parseTime(o.value(QLatin1String("last_used_at")));
    return key;
}

AuditEntry auditFromJson(const QJsonObject& o)
{
    AuditEntry e;
    e.sequence = o.value(QLatin1String("seq")).toInteger();
    e.at = parseTime(o.value(QLatin1String("at")));
    e.actor = text(o, "actor");
    e.action = text(o, "action");
    e.appId = text(o, "app_id");
    e.appName = text(o, "app_name");
    e.keyId = text(o, "key_id");
    e.keyName = text(o, "key_name");
    e.detail = text(o, "detail");
    e.data = o.value(QLatin1String("data")).toObject(); // absent from older servers
    return e;
}

bool verifyFromJson(const QJsonObject& o, VerifyResult* out)
{
    const QJsonValue valid = o.value(QLatin1String("valid"));
    if (!valid.isBool())
        return false;
    VerifyResult r;
    r.valid = valid.toBool();
    if (r.valid) {
        r.code = VerifyCode::Valid;
        const QJsonObject app = o.value(QLatin1String("app")).toObject();
        const QJsonObject key = o.value(QLatin1String("key")).toObject();
        r.appId = text(app, "id");
        r.appName = text(app, "name");
        r.keyId = text(key, "id");
        r.keyName = text(key, "name");
        r.scopes = strings(o.value(QLatin1String("scopes")));
    } else {
        const QString code = text(o, "code");
        bool known = false;
        for (VerifyCode c : {VerifyCode::Malformed, VerifyCode::NotFound, VerifyCode::Expired,
                             VerifyCode::ForbiddenScope}) {
            if (verifyCodeName(c) == code) {
                r.code = c;
                known = true;
            }
        }
        if (!known)
            return false;
    }
    *out = r;
    return true;
}

Error errorFromProblem(int status, const QByteArray& body, const QString& fallback)
{
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    QString detail = text(problem, "detail");
    if (detail.isEmpty())
        detail = fallback;
    QList<FieldError> fields;
    for (const QJsonValue& v : problem.value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        fields << FieldError{text(e, "field"), text(e, "message")};
    }
    ErrorCode code = ErrorCode::Internal;
    switch (status) {
    case 400:
    case 413:
    case 422:
        code = ErrorCode::Invalid;
        break;
    case 401:
    case 403:
        code = ErrorCode::Unauthorized;
        break;
    case 404:
        code = ErrorCode::NotFound;
        break;
    case 409:
        code = ErrorCode::Conflict;
        break;
    case 412:
    case 428:
        code = ErrorCode::Stale;
        break;
    case 502:
    case 507:
        code = ErrorCode::DiskFull;
        break;
    case 503:
    case 504:
        code = ErrorCode::Unavailable;
        break;
    default:
        code = ErrorCode::Internal;
        break;
    }
    return Error(code, detail, fields);
}

} // namespace sk::rest
