#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// A registry person seen at a free clinic, with what the doctors found and what follows.
struct FreeClinicPerson
{
    qint64 personId = 0;
    QString personName;      // read back
    QString maskedCitizenId; // read back
    QString finding;
    QString followUp;
};

// 义诊: a free clinic held in a township. personsSeen counts everybody seen, registered or not;
// the registry persons among them are listed with their findings.
struct FreeClinic
{
    qint64 id = 0;
    QDate heldOn;
    QString townshipCode;
    QString townshipName; // read back
    QString hospital;
    QString doctors;
    QString place;
    int personsSeen = 0;
    QString followUp;
    QString note;
    int registeredSeen = 0;          // read back: how many registry persons are listed
    QList<FreeClinicPerson> persons; // read back by byId only
};

struct FreeClinicFilter
{
    int year = 0;         // 0 = every year
    QString townshipCode; // empty = every township
    QString text;         // part of the hospital, doctors or place
};

} // namespace youfu::core
