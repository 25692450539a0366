#include "cli/cliio.h"

#include "cli/clicontext.h"
#include "cli/commands.h"
#include "db/database.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};

struct Command
{
    QStringList words;
    QString synopsis;
    const char* summary; // translated when printed
    int (*run)(CliContext&);
    bool needsKey = false; // its login also checks that the key file is this database's
};

const QList<Command>& commands()
{
    static const QList<Command> table = {
        {{QStringLiteral("init")},
         QStringLiteral("init"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "create an empty database (or upgrade an old one)"),
         cmdInit},
        {{QStringLiteral("user"), QStringLiteral("add")},
         QStringLiteral("user add LOGIN --role ROLE... [--name NAME] [--as ADMIN]"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "add a user; the first user of a database must be "
                                               "an admin. Passwords come from the terminal, or "
                                               "one per line on stdin"),
         cmdUserAdd},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("audit verify [DIR...]"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "check the audit log's keyed chain, against the backups beside the "
                           "database and in DIR; exit 0 when intact"),
         cmdAuditVerify},
        {{QStringLiteral("backup")},
         QStringLiteral("backup [DIR] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "make a verified backup into DIR (a USB disk), or "
                                               "into the backups folder beside the database; "
                                               "copies the scans and the key file too"),
         cmdBackup,
         true},
        {{QStringLiteral("restore")},
         QStringLiteral("restore FILE --as ADMIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "put a backup in place of the database; the "
                                               "current file is kept aside, no backup is deleted; "
                                               "refused while Youfu has the database open"),
         cmdRestore},
        {{QStringLiteral("demo")},
         QStringLiteral("demo [--persons N] [--seed S]"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "fill an empty database with demo users (one per "
                                               "role, passwords printed once) and N demo persons "
                                               "(default 2000), the same for the same seed"),
         cmdDemo},
        {{QStringLiteral("person"), QStringLiteral("find")},
         QStringLiteral("person find TEXT --as LOGIN [--limit N]"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "list the persons whose name, citizen ID, village or "
                           "phone matches TEXT (IDs masked, birth year only); "
                           "needs a login with the right to see persons"),
         cmdPersonFind},
        {{QStringLiteral("export")},
         QStringLiteral("export LIST OUT --format xlsx|csv|csv-gbk [--full-ids] [--text T] "
                        "[--township CODE] [--category CODE] [--year Y] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "export a list (registry, completeness, completeness-persons, "
                           "approvals, audit) to an Excel or CSV file; IDs masked unless "
                           "--full-ids and the right to see them; recorded in the audit log"),
         cmdExport},
        {{QStringLiteral("import")},
         QStringLiteral("import FILE [--dry-run] [--report REPORT.xlsx] [--mapping C=field,…] "
                        "--as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "import a roster (xlsx, xls or CSV): prints the layout, the column "
                           "mapping, the counts and every repaired, refused, skipped or "
                           "duplicate row; --dry-run writes nothing; --report writes that table"),
         cmdImport,
         true},
        {{QStringLiteral("visit"), QStringLiteral("due")},
         QStringLiteral("visit due [--until DATE] [--township CODE] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "list the visits due up to DATE (default today), overdue ones first "
                           "(IDs masked); needs a login with the right to see persons"),
         cmdVisitDue},
        {{QStringLiteral("petition"), QStringLiteral("overdue")},
         QStringLiteral("petition overdue --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "list the letters-and-visits cases past their statutory deadline, "
                           "newest first; needs a login with the right to see persons"),
         cmdPetitionOverdue},
        {{QStringLiteral("petition"), QStringLiteral("due")},
         QStringLiteral("petition due [--within DAYS] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "list the letters-and-visits cases whose deadline falls within DAYS "
                           "(default 7) from today; needs a login with the right to see persons"),
         cmdPetitionDue},
        {{QStringLiteral("payment"), QStringLiteral("rolls")},
         QStringLiteral("payment rolls --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "list the payment rolls, newest first, with their state, lines and "
                           "total"),
         cmdPaymentRolls},
        {{QStringLiteral("payment"), QStringLiteral("roll")},
         QStringLiteral("payment roll --period YYYY-MM --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "draft the month's payment roll from the registry and the policy book; "
                           "prints the lines, held lines, months of back pay, recoveries and the "
                           "total"),
         cmdPaymentRoll},
        {{QStringLiteral("payment"), QStringLiteral("submit")},
         QStringLiteral("payment submit ROLL --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "submit a drafted roll for signing"),
         cmdPaymentSubmit},
        {{QStringLiteral("payment"), QStringLiteral("approve")},
         QStringLiteral("payment approve ROLL [--opinion TEXT] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "sign a roll at your step (section chief, then director)"),
         cmdPaymentApprove},
        {{QStringLiteral("payment"), QStringLiteral("return")},
         QStringLiteral("payment return ROLL --opinion TEXT --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "return a roll to the clerk, with the reason"),
         cmdPaymentReturn},
        {{QStringLiteral("payment"), QStringLiteral("bank-file")},
         QStringLiteral("payment bank-file ROLL OUT [--template NAME] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "write the bank's batch file of an approved roll (its pending lines, "
                           "accounts in full); recorded in the audit trail with the file's "
                           "SHA-256"),
         cmdPaymentBankFile,
         true},
        {{QStringLiteral("payment"), QStringLiteral("bank-return")},
         QStringLiteral("payment bank-return ROLL FILE [--dry-run] [--date DATE] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "read the bank's result file, match its rows to the roll's lines and "
                           "record the paid and failed ones; prints the counts and every row "
                           "not matched or ambiguous; --dry-run records nothing"),
         cmdPaymentBankReturn,
         true},
        {{QStringLiteral("payment"), QStringLiteral("reissue")},
         QStringLiteral("payment reissue --period YYYY-MM --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "draft a re-issue roll of the failed and held lines that can now be "
                           "paid"),
         cmdPaymentReissue},
        {{QStringLiteral("disclosure")},
         QStringLiteral("disclosure --period 2026-12 --out FILE.xlsx|pdf|html [--township CODE] "
                        "[--mask-name] [--omit-id] [--from DATE --to DATE] [--phone P] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "write the month's public disclosure (公示) of the approved roll: A4 "
                           "landscape PDF, Excel or a plain web page; IDs masked or omitted, never "
                           "phones or bank accounts; the period at least 7 days (default from "
                           "today); recorded in the audit log with the file's SHA-256"),
         cmdDisclosure},
        {{QStringLiteral("zero-report"), QStringLiteral("missing")},
         QStringLiteral("zero-report missing [--date DATE] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "list the townships without a zero report for DATE (default "
                           "yesterday, the day now due) and say whether its deadline has passed"),
         cmdZeroReportMissing},
        {{QStringLiteral("zero-report"), QStringLiteral("import")},
         QStringLiteral("zero-report import FILE [--dry-run] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "record the zero reports of a township's CSV/xlsx file (columns 乡镇, "
                           "日期, 情况, 报告人, 报送时间); prints every row refused (unknown "
                           "township, bad date, already reported); --dry-run records nothing"),
         cmdZeroReportImport},
        {{QStringLiteral("appraisal"), QStringLiteral("compute")},
         QStringLiteral("appraisal compute --year Y --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "compute the year's unit and staff appraisal from the records under "
                           "its approved scheme and print each township's points, grade and veto; "
                           "recorded in the audit log"),
         cmdAppraisalCompute},
        {{QStringLiteral("appraisal"), QStringLiteral("report")},
         QStringLiteral("appraisal report --year Y --out FILE.pdf|FILE.xlsx --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "write the year-end appraisal report (cover, summary, one page per "
                           "township, vetoes, staff, charts) as PDF or xlsx; recorded in the "
                           "audit log"),
         cmdAppraisalReport},
        {{QStringLiteral("statistics")},
         QStringLiteral(
             "statistics --year Y --out FILE.xlsx|FILE.pdf [--township CODE] --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli",
                           "write the year's statistics (persons by category and township, "
                           "benefits by month, letters and visits, visits, recuperation and "
                           "assistance) with their charts; recorded in the audit log"),
         cmdStatistics},
        {{QStringLiteral("passwd")},
         QStringLiteral("passwd --as LOGIN"),
         QT_TRANSLATE_NOOP("youfu::core::Cli", "change your own password (asks for the current "
                                               "one, then the new one twice)"),
         cmdPasswd},
    };
    return table;
}

void printHelp(QTextStream& out)
{
    out << Tr::tr("Usage: youfuctl [--db FILE] COMMAND [ARGUMENTS]") << '\n'
        << Tr::tr("Youfu (优抚工作台) from the terminal: the same work as the window.") << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const Command& c : commands())
        out << "  " << c.synopsis << "\n      "
            << QCoreApplication::translate("youfu::core::Cli", c.summary) << '\n';
    out << '\n'
        << Tr::tr("Options:") << '\n'
        << "  --db FILE    "
        << Tr::tr("the database (default: $YOUFU_DB, else %1)").arg(Database::defaultPath()) << '\n'
        << "  --help       " << Tr::tr("show this help") << '\n'
        << "  --version    " << Tr::tr("show the version") << '\n'
        << Tr::tr("Roles: clerk, section_chief, inspector, director, admin, auditor.") << '\n';
    out.flush();
}
} // namespace

int runYoufuctl(const QStringList& arguments, CliIo& io)
{
    QStringList args = arguments;
    QString dbPath = io.environmentDb;
    bool dbGiven = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            dbPath = args[i + 1];
            dbGiven = true;
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--db="))) {
            dbPath = args[i].mid(5);
            dbGiven = true;
            args.removeAt(i);
            break;
        }
    }
    if (dbGiven && dbPath.trimmed().isEmpty()) {
        // An empty --db (an unset shell variable) must not quietly mean the real database.
        *io.err << Tr::tr("youfuctl: --db needs a file name; leave --db out for the default "
                          "database")
                << Qt::endl;
        return 2;
    }
    if (dbPath.isEmpty())
        dbPath = Database::defaultPath();
    if (args.isEmpty() || args.contains(QLatin1String("--help")) ||
        args.contains(QLatin1String("-h"))) {
        printHelp(*io.out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.contains(QLatin1String("--version"))) {
        *io.out << "youfuctl " << YOUFU_VERSION << Qt::endl;
        return 0;
    }
    for (const Command& c : commands()) {
        if (args.mid(0, c.words.size()) != c.words)
            continue;
        CliContext ctx(io, dbPath, args.mid(c.words.size()));
        ctx.setNeedsKey(c.needsKey);
        return c.run(ctx);
    }
    *io.err << Tr::tr("youfuctl: unknown command “%1”; see youfuctl --help")
                   .arg(args.join(QLatin1Char(' ')))
            << Qt::endl;
    return 2;
}

} // namespace youfu::core
