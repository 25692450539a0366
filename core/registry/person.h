#pragma once

#include "registry/personcategory.h"
#include "registry/personstatus.h"
#include "registry/sex.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace youfu::core {

// What the clerk types to register or change a person. Sex and birth date may be left
// unknown/invalid: they are then taken from the citizen ID; when given they must agree with it.
struct PersonDraft
{
    QString name;
    Sex sex = Sex::Unknown;
    QString ethnicity = QStringLiteral("汉族");
    QString citizenId; // as typed; stored canonical
    QDate birthDate;
    // Sensitive fields: nullopt on update = keep what is stored (the window did not reveal it).
    std::optional<QString> phone;
    QString townshipCode;
    QString villageCode; // may be empty
    QString address;
    QString bankName;
    std::optional<QString> bankAccount;
    bool keyPerson = false;
    QString riskNote;
};

// A registered person as read back. Phone and bank account are masked unless revealed
// (PersonStore::byIdRevealed, permission RevealSensitive, audited).
struct Person
{
    qint64 id = 0;
    QString name;
    Sex sex = Sex::Unknown;
    QString ethnicity;
    QString citizenId; // canonical 18 characters
    QDate birthDate;
    QString maskedCitizenId;
    QString maskedPhone;
    QString maskedBankAccount;
    bool revealed = false;
    QString phone;       // only when revealed
    QString bankAccount; // only when revealed
    QString townshipCode;
    QString townshipName;
    QString villageCode;
    QString villageName;
    QString address;
    QString bankName;
    PersonStatus status = PersonStatus::Active;
    QDate statusSince;
    QString statusReason;
    bool keyPerson = false;
    QString riskNote;
    QList<PersonCategory> categories; // all, past ones included, oldest first
    QString categoriesSummary; // those in force: 残疾军人（三级）、带病回乡退伍军人
    QDateTime createdAt;
    QDateTime updatedAt;

    // A draft for the editor; sensitive fields are kept as stored unless revealed.
    PersonDraft toDraft() const
    {
        PersonDraft d;
        d.name = name;
        d.sex = sex;
        d.ethnicity = ethnicity;
        d.citizenId = citizenId;
        d.birthDate = birthDate;
        if (revealed) {
            d.phone = phone;
            d.bankAccount = bankAccount;
        }
        d.townshipCode = townshipCode;
        d.villageCode = villageCode;
        d.address = address;
        d.bankName = bankName;
        d.keyPerson = keyPerson;
        d.riskNote = riskNote;
        return d;
    }
};

// One line of a person's status history.
struct PersonStatusChange
{
    qint64 id = 0;
    PersonStatus status = PersonStatus::Active;
    QDate since;
    QString reason;
    QDateTime recordedAt;
    QString recordedBy; // login
};

} // namespace youfu::core
