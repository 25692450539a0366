#include "audit/auditmask.h"

#include "registry/citizenid.h"
#include "registry/phonenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace youfu::core {

namespace {

enum class Kind
{
    Plain,
    CitizenId,
    BirthDate,
    Address,
    Phone,
    BankAccount,
};

Kind kindOf(const QString& key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("citizen_id") || k == QLatin1String("citizenid") ||
        k == QLatin1String("id_number"))
        return Kind::CitizenId;
    if (k == QLatin1String("birth_date") || k == QLatin1String("birthdate") ||
        k == QLatin1String("born"))
        return Kind::BirthDate;
    if (k == QLatin1String("address"))
        return Kind::Address;
    if (k == QLatin1String("phone"))
        return Kind::Phone;
    if (k == QLatin1String("bank_account") || k == QLatin1String("bankaccount"))
        return Kind::BankAccount;
    return Kind::Plain;
}

QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}

QString maskValue(const QString& v, Kind kind)
{
    if (v.isEmpty())
        return v;
    switch (kind) {
    case Kind::Plain:
        return AuditMask::maskIdsInText(v);
    case Kind::CitizenId:
        return v.contains(QLatin1Char('*')) ? v : CitizenId::mask(CitizenId::normalise(v));
    case Kind::BirthDate: {
        // "1949-12-31" → "1949"; anything else gives away nothing beyond its length.
        static const QRegularExpression year(QStringLiteral("^\\s*(\\d{4})"));
        const QRegularExpressionMatch m = year.match(v);
        return m.hasMatch() ? m.captured(1) : stars(v.size());
    }
    case Kind::Address:
        return AuditMask::maskAddress(v);
    case Kind::Phone:
        return v.contains(QLatin1Char('*')) ? v : PhoneNumber::mask(v);
    case Kind::BankAccount:
        return v.contains(QLatin1Char('*')) ? v
                                            : stars(qMax<qsizetype>(0, v.size() - 4)) + v.right(4);
    }
    return v;
}

QJsonValue maskJsonValue(const QJsonValue& value, Kind kind);

QJsonObject maskObject(const QJsonObject& o, Kind inherited)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const Kind k = kindOf(it.key());
        out.insert(it.key(), maskJsonValue(it.value(), k == Kind::Plain ? inherited : k));
    }
    return out;
}

// A sensitive key masks everything under it: {"citizen_id": {"old": …, "new": …}}.
QJsonValue maskJsonValue(const QJsonValue& value, Kind kind)
{
    if (value.isString())
        return maskValue(value.toString(), kind);
    if (value.isObject())
        return maskObject(value.toObject(), kind);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(maskJsonValue(v, kind));
        return out;
    }
    if (kind != Kind::Plain && value.isDouble()) // a number typed without quotes
        return maskValue(value.toVariant().toString(), kind);
    return value;
}

} // namespace

QString AuditMask::maskAddress(const QString& address)
{
    const QString a = address.trimmed();
    if (a.isEmpty())
        return a;
    // The township and village are shown on their own; the house is what is private.
    const qsizetype keep = qMin<qsizetype>(6, a.size() / 3);
    return a.left(keep) + stars(qMax<qsizetype>(4, a.size() - keep));
}

QString AuditMask::maskIdsInText(const QString& text)
{
    // An 18-character number (17 digits and a digit or X), not part of a longer number.
    static const QRegularExpression id(
        QStringLiteral("(?<![0-9A-Za-z])[1-9]\\d{16}[\\dXx](?![0-9A-Za-z])"));
    QString out = text;
    QRegularExpressionMatchIterator it = id.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.replace(m.capturedStart(), m.capturedLength(), CitizenId::mask(m.captured().toUpper()));
    }
    return out;
}

QString AuditMask::maskJson(const QString& json)
{
    if (json.trimmed().isEmpty())
        return json;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return maskIdsInText(json);
    if (doc.isObject())
        return QString::fromUtf8(
            QJsonDocument(maskObject(doc.object(), Kind::Plain)).toJson(QJsonDocument::Compact));
    QJsonArray out;
    for (const QJsonValue& v : doc.array())
        out.append(maskJsonValue(v, Kind::Plain));
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

} // namespace youfu::core
