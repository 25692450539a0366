#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// The audit log in the office's words: action keys ("login.success") become titles
// (用户登录), record kinds and JSON field keys become their names, a before/after pair becomes
// lines "字段: 原值 → 新值", money in fen is shown in 元, stored enum keys by their titles and
// ISO dates as dates. Pure: no database. Render what AuditQuery returns, i.e. after masking:
// a masked value is shown as it came.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AuditWording)
public:
    struct ActionKind
    {
        QString key;   // "login.success", as stored
        QString title; // "Login" (translated)
    };
    // Every action the program writes, in the order the auditor picks them from.
    static QList<ActionKind> actionKinds();
    // Unknown keys come back as they are.
    static QString actionTitle(const QString& action);
    static QString entityTitle(const QString& entity);
    static QString fieldTitle(const QString& field);
    // "用户 张丽", "优抚对象 42", or the record kind alone when there is no number.
    static QString recordText(const QString& entity, const QString& entityId,
                              const QString& name = QString());
    // One value of `field` as the office reads it; `entity` tells apart the "status" of a
    // person from that of an archive entry.
    // `categoryNames` (code → name, from the categories table) names a category by its name.
    static QString valueText(const QString& entity, const QString& field, const QJsonValue& value,
                             const QHash<QString, QString>& categoryNames = {});
    // What changed, one line a field: "Field: old → new", "Field: value" for an added field,
    // "Field: old → (empty)" for a removed one. Nested objects show as "Outer · inner".
    // Text that is not JSON is one line as it is.
    static QStringList changeLines(const QString& entity, const QString& beforeJson,
                                   const QString& afterJson,
                                   const QHash<QString, QString>& categoryNames = {});
    // 200000 → "2,000.00元"
    static QString yuan(qint64 fen);
};

} // namespace youfu::core
