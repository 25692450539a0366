#include "io/aliasmatcher.h"

#include <QCoreApplication>
#include <QSet>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AliasMatcher)
};

QString fold(const QString& s)
{
    return CellCleaner::withoutSpaces(CellCleaner::halfWidth(s)).toLower();
}

QString bare(const QString& folded, const QStringList& suffixes)
{
    for (const QString& s : suffixes)
        if (folded.endsWith(s) && folded.size() > s.size())
            return folded.left(folded.size() - s.size());
    return folded;
}

bool looksFull(const QString& name, const QStringList& suffixes)
{
    for (const QString& s : suffixes)
        if (name.endsWith(s))
            return true;
    return false;
}
} // namespace

CleanCell AliasMatcher::match(const QHash<QString, QString>& table, const QString& prefix,
                              const QString& value, const QStringList& suffixes,
                              const std::function<QString()>& what)
{
    CleanCell c;
    const QString typed = value.trimmed();
    if (fold(typed).isEmpty())
        return c;
    // Most cells are written exactly as a full name: found without a scan.
    if (const auto it = table.constFind(prefix + typed);
        it != table.constEnd() && typed == value && looksFull(typed, suffixes)) {
        c.state = CleanCell::State::Clean;
        c.text = *it;
        return c;
    }
    const QString folded = fold(typed);
    QSet<QString> exact, loose;
    QString fullName; // the longest key of the code found, shown to the clerk
    for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString key = fold(it.key().mid(prefix.size()));
        if (key == folded)
            exact.insert(*it);
        else if (bare(key, suffixes) == bare(folded, suffixes))
            loose.insert(*it);
    }
    const QSet<QString>& codes = exact.isEmpty() ? loose : exact;
    if (codes.isEmpty()) {
        c.state = CleanCell::State::Refused;
        c.message = Tr::tr("%1 “%2” is not in the alias table; add it there or correct the cell.")
                        .arg(what(), value);
        return c;
    }
    if (codes.size() > 1) {
        c.state = CleanCell::State::Refused;
        c.message = Tr::tr("%1 “%2” could mean more than one entry of the alias table; write "
                           "the full name.")
                        .arg(what(), value);
        return c;
    }
    c.text = *codes.constBegin();
    for (auto it = table.constBegin(); it != table.constEnd(); ++it)
        if (it.key().startsWith(prefix) && *it == c.text &&
            it.key().size() - prefix.size() > fullName.size())
            fullName = it.key().mid(prefix.size());
    c.display = fullName;
    if (fullName == value) {
        c.state = CleanCell::State::Clean;
        return c;
    }
    c.state = CleanCell::State::Repaired;
    c.message = Tr::tr("%1 “%2” read as %3").arg(what(), value, fullName);
    return c;
}

} // namespace youfu::core
