#pragma once

#include "common/result.h"
#include "registry/area.h"
#include "registry/personimportstore.h"
#include "security/actor.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace youfu::core {

class Database;

// Realistic demo persons of a county registry, the same for the same seed: valid citizen IDs
// of the county's area code, common surnames and given names, the category mix of a real
// county (mostly rural veterans over 60 and veterans who came home sick, fewer disabled
// servicemen with grades, some survivors), service dates that fit the birth dates, some key
// persons, some deceased and moved away. Phones and bank accounts are made up.
class DemoGenerator
{
public:
    DemoGenerator(quint64 seed, const QDate& today, const QString& countyCode,
                  const QList<Township>& townships, const QHash<QString, QList<Village>>& villages);

    ImportedPerson next();

    // Fills a database that has no persons yet with `persons` demo persons as `actor` (one
    // transaction, one audit entry "demo.generate").
    static Result<ImportCounts> generate(Database& db, const Actor& actor, int persons,
                                         quint64 seed);

private:
    quint64 nextRandom();
    int below(int n); // 0 .. n-1
    bool chance(int percent);
    QDate dateBetween(const QDate& from, const QDate& to);
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }

    QString personName(Sex sex, QString* surname);
    QString citizenId(const QDate& birth, Sex sex);
    void addVeteranService(PersonCategory& pc, const QDate& birth, int minStartAge);

    quint64 m_state;
    QDate m_today;
    QString m_countyCode;
    QList<Township> m_townships;
    QHash<QString, QList<Village>> m_villages;
    QSet<QString> m_usedIds;
};

} // namespace youfu::core
