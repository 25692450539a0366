#pragma once

#include "visit/visit.h" // RiskLevel

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// What a township worker does (info_staff.duty): the township's special-care worker (优抚专干)
// or an information staff member (信息员).
enum class StaffDuty
{
    Info, // 'info', 信息员
    Care  // 'care', 优抚专干
};

// 信息员 / 优抚专干: a township's worker, some information staff inside high-risk groups.
struct InfoStaff
{
    qint64 id = 0;
    QString townshipCode;
    QString townshipName; // filled when read
    QString name;
    QString phone;
    QString group; // the group they sit inside ("参战退役人员"), empty for the township's own
    qint64 personId = 0; // when they are a registry person themselves
    QDate since;
    QDate until; // invalid while serving
    QString note;
    StaffDuty duty = StaffDuty::Info;
};

// 苗头性信息: an early-warning report from a township, followed to resolution.
struct WarningReport
{
    qint64 id = 0;
    QDate reportedOn;
    qint64 reporterId = 0; // an InfoStaff, or 0 with a name
    QString reporterName;
    QString townshipCode;
    QString townshipName; // filled when read
    QString group;        // the group concerned ("部分参战退役人员")
    QList<qint64> personIds;
    QStringList personNames; // filled when read
    QString expected;        // what is expected ("计划于12月10日集体赴省上访")
    QDate expectedOn;        // when, if known
    RiskLevel risk = RiskLevel::Normal;
    bool resolved = false;
    QDate resolvedOn;
    QString resolution;
    qint64 caseId = 0; // a case it became, if any
};

struct WarningFollowUp
{
    qint64 id = 0;
    QDate on;
    QString actorName;
    QString note;
};

// One line of the stability view (稳定形势): a township at a glance.
struct StabilityLine
{
    QString townshipCode;
    QString townshipName;
    int openCases = 0;
    int overdueCases = 0;
    int groupLast12Months = 0;  // group petitions received in the last 12 months
    int beyondLast12Months = 0; // beyond-level petitions received in the last 12 months
    int openWarnings = 0;
    int highRiskWarnings = 0;  // open and RiskLevel::High
    int keyPersonsOverdue = 0; // key persons with an overdue visit
    int score = 0;             // how much attention it needs: for sorting (StabilityRules)
};

} // namespace youfu::core
