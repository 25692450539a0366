#pragma once

#include "visit/visit.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

enum class SymposiumKind
{
    Bayi,
    Spring,
    Other
}; // 八一 / 春节 / 其他

struct SymposiumAttendee
{
    qint64 personId = 0; // a registry person (a representative), or
    qint64 userId = 0;   // a staff member, or neither (a named guest)
    QString name;
    QString represents; // 参战退役人员代表, 民政局副局长 …
};

// One issue raised: who raised it, the answer given, and what follows (as for visits).
struct SymposiumIssue
{
    QString raisedBy;
    QString issue;
    QString answer;
    FollowUpKind followUp = FollowUpKind::None;
    QString followUpNote;
};

struct Symposium
{
    qint64 id = 0;
    QDate heldOn;
    QString place;
    SymposiumKind kind = SymposiumKind::Other;
    QString title; // 2026年八一退役军人座谈会
    QString chair;
    QString recorder;
    QList<SymposiumAttendee> attendees;
    QList<SymposiumIssue> issues;
};

} // namespace youfu::core
