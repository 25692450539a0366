// youfuctl import.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "db/database.h"
#include "io/rosterheaders.h"
#include "io/rosterimport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};

QString kindTitle(RowIssue::Kind k)
{
    switch (k) {
    case RowIssue::Kind::Repaired:
        return Tr::tr("repaired");
    case RowIssue::Kind::Refused:
        return Tr::tr("refused");
    case RowIssue::Kind::Skipped:
        return Tr::tr("skipped");
    case RowIssue::Kind::Duplicate:
        return Tr::tr("duplicate");
    case RowIssue::Kind::Merged:
        return Tr::tr("merged");
    }
    return QString();
}

// "C=citizen_id,F=ignore": column letters (or 1-based numbers) and field keys.
Status applyMappingOption(const QString& spec, int columns, ColumnMapping& mapping)
{
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString column = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString key = part.section(QLatin1Char('='), 1).trimmed();
        int index = -1;
        bool number = false;
        const int n = column.toInt(&number);
        if (number)
            index = n - 1;
        else
            for (int c = 0; c < columns; ++c)
                if (RosterHeaders::columnLetter(c) == column)
                    index = c;
        bool ok = false;
        const RosterField f = RosterImport::fieldFromKey(key, &ok);
        if (index < 0 || index >= columns || !ok)
            return Status::failure(
                Tr::tr("--mapping takes COLUMN=FIELD pairs such as C=citizen_id,F=ignore; "
                       "“%1” is not one")
                    .arg(part));
        for (auto it = mapping.columns.begin(); it != mapping.columns.end();)
            it = (it.value() == f && f != RosterField::Ignore) ? mapping.columns.erase(it)
                                                               : std::next(it);
        if (f == RosterField::Ignore)
            mapping.columns.remove(index);
        else
            mapping.columns.insert(index, f);
    }
    return Status::success();
}
} // namespace

int cmdImport(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString reportPath = ctx.takeOption(QStringLiteral("report"));
    const QString mappingSpec = ctx.takeOption(QStringLiteral("mapping"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("dry-run"));
    if (ctx.args().size() != 1)
        return ctx.fail(
            Tr::tr("say which file: import FILE [--dry-run] [--report REPORT.xlsx|.csv] "
                   "--as LOGIN"));
    const QString file = ctx.args().takeFirst();
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    // A dry run writes nothing but tells which IDs the registry holds: a login all the same.
    Result<Actor> actor = Status::failure(QString());
    if (dryRun) {
        actor = ctx.reader(as, Permission::EditRegistry);
    } else {
        auto db = ctx.database(false);
        if (!db)
            return ctx.fail(db.error());
        actor = ctx.actingUser(as);
    }
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());

    RosterImport import(*db.value());
    auto first = import.inspect(file);
    if (!first)
        return ctx.fail(first.error());
    ColumnMapping mapping = first->mapping;
    if (!mappingSpec.isEmpty())
        if (Status s = applyMappingOption(mappingSpec, first->layout.headers.size(), mapping); !s)
            return ctx.fail(s.error());
    QTextStream& out = ctx.out();
    out << Tr::tr("File: %1 (%2)").arg(QFileInfo(file).fileName(), first->formatName) << Qt::endl;
    out << Tr::tr("Header: rows %1–%2")
               .arg(first->layout.firstHeaderRow)
               .arg(first->layout.lastHeaderRow)
        << Qt::endl;
    for (int c = 0; c < first->layout.headers.size(); ++c) {
        const RosterField f = mapping.columns.value(c, RosterField::Ignore);
        out << QStringLiteral("  %1  %2 → %3 (%4)\n")
                   .arg(RosterHeaders::columnLetter(c), first->layout.headers.at(c),
                        f == RosterField::Ignore ? Tr::tr("not imported")
                                                 : RosterRules::fieldTitle(f),
                        RosterImport::fieldKey(f));
    }
    auto preview = import.preview(file, first->layout, mapping);
    if (!preview)
        return ctx.fail(preview.error());
    const RosterPreview& p = preview.value();
    out << Tr::tr("Rows read %1: to import %2 (of them repaired %3), refused %4, skipped %5, "
                  "duplicates %6")
               .arg(p.rowsRead)
               .arg(p.imported)
               .arg(p.repaired)
               .arg(p.refused)
               .arg(p.skipped)
               .arg(p.duplicates)
        << (p.merged > 0
                ? Tr::tr(", rows adding a category to an earlier row's person %1").arg(p.merged)
                : QString())
        << Qt::endl;
    QList<QStringList> table;
    for (const RowIssue& i : p.issues) {
        out << QStringLiteral("  %1  %2  %3  %4  %5\n")
                   .arg(i.row, 6)
                   .arg(kindTitle(i.kind), i.column, i.original, i.message);
        table << QStringList{
            QString::number(i.row), kindTitle(i.kind), i.column, i.original, i.value, i.message};
    }
    if (!reportPath.isEmpty()) {
        // xlsx (by the name) or CSV with BOM, through the one export engine; audited.
        const auto written =
            import.exportIssues(actor.value(), file,
                                {Tr::tr("Row"), Tr::tr("Kind"), Tr::tr("Column"),
                                 Tr::tr("Original"), Tr::tr("Read as"), Tr::tr("Repair or reason")},
                                table, {3, 4}, reportPath);
        if (!written)
            return ctx.fail(written.error());
        out << Tr::tr("Report written: %1").arg(reportPath) << Qt::endl;
    }
    if (dryRun) {
        out << Tr::tr("Dry run: nothing was written.") << Qt::endl;
        return 0;
    }
    if (p.toImport.isEmpty()) {
        out << Tr::tr("Nothing to import.") << Qt::endl;
        return 0;
    }
    auto counts = import.commit(actor.value(), p);
    if (!counts)
        return ctx.fail(counts.error());
    out << Tr::tr("Imported %1 person(s).").arg(counts->persons) << Qt::endl;
    return 0;
}

} // namespace youfu::core
