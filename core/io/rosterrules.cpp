#include "io/aliasmatcher.h"
#include "io/aliasmemo.h"
#include "io/cellcleaner.h"
#include "io/roster.h"
#include "io/rosterheaders.h"

#include "common/isotime.h"
#include "registry/personrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RosterRules)
};

const SheetCell& cellAt(const SheetRow& row, int column)
{
    static const SheetCell empty;
    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : empty;
}

QString cellText(const SheetRow& row, int column)
{
    return CellCleaner::shown(cellAt(row, column)).trimmed();
}

int nonEmptyCount(const SheetRow& row)
{
    int n = 0;
    for (const SheetCell& c : row.cells)
        n += c.isEmpty() ? 0 : 1;
    return n;
}

int width(const SheetRow& row)
{
    int w = row.cells.size();
    while (w > 0 && row.cells.at(w - 1).isEmpty())
        --w;
    return w;
}

// A title: one text cell, long or merged across most of the sheet.
bool isTitleLike(const SheetRow& row, int sheetWidth)
{
    if (nonEmptyCount(row) != 1)
        return false;
    for (const auto& m : row.merges)
        if (m.second - m.first + 1 >= qMax(2, sheetWidth / 2))
            return true;
    for (const SheetCell& c : row.cells)
        if (!c.isEmpty())
            return CellCleaner::shown(c).trimmed().size() >= 6;
    return false;
}

// A row of group captions over the header: short texts, none a "label：value" line.
bool isGroupRow(const SheetRow& row, int sheetWidth)
{
    if (nonEmptyCount(row) == 0 || isTitleLike(row, sheetWidth))
        return false;
    for (const SheetCell& c : row.cells) {
        const QString t = CellCleaner::shown(c).trimmed();
        if (t.contains(QLatin1Char(':')) || t.contains(QChar(0xFF1A)) || t.size() > 12)
            return false;
    }
    return true;
}

// The merged span of `row` that covers `column`, or {-1, -1}.
QPair<int, int> spanOf(const SheetRow& row, int column)
{
    for (const auto& m : row.merges)
        if (column >= m.first && column <= m.second)
            return m;
    return {-1, -1};
}

// Words that open a signature line below the data; the short ones only before a colon.
bool isFooter(const QString& t)
{
    static const QStringList sure = {
        QStringLiteral("制表人"),   QStringLiteral("填表人"),     QStringLiteral("审核人"),
        QStringLiteral("负责人"),   QStringLiteral("单位负责人"), QStringLiteral("填报单位"),
        QStringLiteral("制表日期"), QStringLiteral("填报日期"),   QStringLiteral("(盖章)")};
    static const QStringList withColon = {QStringLiteral("日期"), QStringLiteral("制表"),
                                          QStringLiteral("审核")};
    for (const QString& w : sure)
        if (t.startsWith(w))
            return true;
    for (const QString& w : withColon)
        if (t.startsWith(w + QLatin1Char(':')))
            return true;
    return false;
}
} // namespace

Result<RosterLayout> RosterRules::detectLayout(const QList<SheetRow>& firstRows)
{
    int best = -1, bestScore = 0, sheetWidth = 0;
    for (int i = 0; i < firstRows.size(); ++i) {
        sheetWidth = qMax(sheetWidth, width(firstRows.at(i)));
        const int s = RosterHeaders::score(firstRows.at(i));
        if (s > bestScore)
            best = i, bestScore = s;
    }
    if (bestScore < 2)
        return Result<RosterLayout>::failure(
            Tr::tr("No header row was found in the first %1 rows: the columns need captions "
                   "such as 姓名 and 身份证号.")
                .arg(firstRows.size()));
    int upper = best, lower = best;
    if (best + 1 < firstRows.size()) {
        const SheetRow& next = firstRows.at(best + 1);
        const int s = RosterHeaders::score(next);
        if (s >= 1 && s * 2 >= nonEmptyCount(next) && isGroupRow(next, sheetWidth))
            lower = best + 1;
    }
    if (lower == best && best > 0) {
        const SheetRow& prev = firstRows.at(best - 1);
        const bool merged = std::any_of(prev.merges.cbegin(), prev.merges.cend(),
                                        [](const auto& m) { return m.second > m.first; });
        if (isGroupRow(prev, sheetWidth) &&
            (merged || nonEmptyCount(prev) < nonEmptyCount(firstRows.at(best))))
            upper = best - 1;
    }
    return headerLayout(firstRows.at(upper), firstRows.at(lower));
}

RosterLayout RosterRules::headerLayout(const SheetRow& top, const SheetRow& bottom)
{
    RosterLayout layout;
    layout.firstHeaderRow = top.number;
    layout.lastHeaderRow = bottom.number;
    const int columns = qMax(width(top), width(bottom));
    QString group; // carried right over a group's columns when the file has no merges (CSV)
    for (int c = 0; c < columns; ++c) {
        if (top.number == bottom.number) { // one level
            layout.headers << cellText(top, c);
            continue;
        }
        const QString up = cellText(top, c);
        const QString down = cellText(bottom, c);
        const QPair<int, int> span = spanOf(top, c);
        if (span.first >= 0)
            group = cellText(top, span.first);
        else if (!up.isEmpty())
            group = up;
        else if (down.isEmpty() || !top.merges.isEmpty())
            group.clear();
        const bool inGroup = span.first >= 0
                                 ? span.second > span.first
                                 : !group.isEmpty() && (up.isEmpty() || !down.isEmpty());
        if (down.isEmpty())
            layout.headers << (up.isEmpty() && inGroup ? group : up);
        else if (inGroup && !group.isEmpty())
            layout.headers << group + QLatin1Char('/') + down;
        else
            layout.headers << down;
    }
    return layout;
}

ColumnMapping RosterRules::suggestMapping(const RosterLayout& layout)
{
    ColumnMapping m;
    QHash<RosterField, int> taken;
    QStringList normalised;
    for (int c = 0; c < layout.headers.size(); ++c) {
        const QString& h = layout.headers.at(c);
        normalised << RosterHeaders::normalise(h);
        if (h.isEmpty())
            continue;
        const RosterField f = RosterHeaders::fieldOf(h);
        if (f == RosterField::Ignore) {
            m.unmatched.insert(c, Tr::tr("“%1” is no column the registry knows.").arg(h));
            continue;
        }
        if (const auto it = taken.constFind(f); it != taken.constEnd()) {
            m.unmatched.insert(c, Tr::tr("“%1” looks like %2 too, as column %3 does; choose one.")
                                      .arg(h, fieldTitle(f), RosterHeaders::columnLetter(*it)));
            continue;
        }
        taken.insert(f, c);
        m.columns.insert(c, f);
    }
    while (!normalised.isEmpty() && normalised.constLast().isEmpty())
        normalised.removeLast();
    m.signature = normalised.join(QLatin1Char('|'));
    return m;
}

QString RosterRules::skipReason(const SheetRow& row, const RosterLayout& layout,
                                const ColumnMapping& m)
{
    if (row.number < layout.firstHeaderRow)
        return Tr::tr("a title row above the header");
    if (row.number <= layout.lastHeaderRow)
        return Tr::tr("the header");
    // A data row has an ID (perhaps a broken one); headers, totals and footers have none. Most
    // rows of a large file stop here.
    const int idColumn = m.columns.key(RosterField::CitizenId, -1);
    int idDigits = 0;
    for (QChar ch : CellCleaner::halfWidth(cellText(row, idColumn)))
        idDigits += ch.isDigit() ? 1 : 0;
    if (idDigits >= 10)
        return QString();
    if (nonEmptyCount(row) == 0)
        return Tr::tr("a blank row");

    QStringList texts; // the non-empty cells, spaces and full-width forms folded
    for (const SheetCell& c : row.cells)
        if (!c.isEmpty())
            texts << RosterHeaders::normalise(CellCleaner::shown(c));

    // Asked once per row of a 200,000-row file: the header's words are kept between calls.
    thread_local QStringList wordsOf;
    thread_local QSet<QString> headerWords;
    if (wordsOf != layout.headers) {
        wordsOf = layout.headers;
        headerWords.clear();
        for (const QString& h : layout.headers)
            for (const QString& part : RosterHeaders::normalise(h).split(QLatin1Char('/')))
                if (!part.isEmpty())
                    headerWords.insert(part);
    }
    int repeated = 0;
    for (const QString& t : texts)
        repeated += headerWords.contains(t) ? 1 : 0;
    if (repeated >= 2 && repeated * 2 >= texts.size())
        return Tr::tr("the header repeated inside the data");

    const int nameColumn = m.columns.key(RosterField::Name, -1);
    static const QRegularExpression subtotal(QStringLiteral("小计"));
    static const QRegularExpression total(QStringLiteral("^(合计|总计|共计)|(合计|总计|共计)$"));
    for (const QString& t : texts) {
        if (subtotal.match(t).hasMatch())
            return Tr::tr("a subtotal row (小计)");
        if (total.match(t).hasMatch())
            return Tr::tr("a total row (合计)");
    }

    for (const QString& t : texts)
        if (isFooter(t))
            return Tr::tr("a signature line below the data");
    if (isTitleLike(row, layout.headers.size()))
        return Tr::tr("a title or caption row");
    bool anyMapped = false;
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it)
        anyMapped |= it.value() != RosterField::Ignore && !cellAt(row, it.key()).isEmpty();
    if (!anyMapped)
        return Tr::tr("no data in the imported columns");
    // A lone word outside the name column: a section caption such as 龙溪镇.
    if (nonEmptyCount(row) == 1 && cellAt(row, nameColumn).isEmpty())
        return Tr::tr("a title or caption row");
    return QString();
}

namespace {
// Collects a row's issues and fills the person, one column at a time.
class RowWork
{
public:
    RowWork(const SheetRow& row, const RosterLayout& layout, const ColumnMapping& mapping,
            RowOutcome& out)
        : m_row(row), m_layout(layout), m_out(out)
    {
        m_columnOf.fill(-1);
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
            if (it.value() != RosterField::Ignore)
                m_columnOf[static_cast<size_t>(it.value())] = it.key();
    }

    int column(RosterField f) const { return m_columnOf[static_cast<size_t>(f)]; }
    const SheetCell& cell(RosterField f) const { return cellAt(m_row, column(f)); }

    QString columnName(int c) const
    {
        if (c < 0)
            return QString();
        const QString h = c < m_layout.headers.size() ? m_layout.headers.at(c) : QString();
        return QString(RosterHeaders::columnLetter(c) + QLatin1Char(' ') + h).trimmed();
    }

    void issue(RowIssue::Kind kind, int c, const QString& message, const QString& value = {})
    {
        RowIssue i;
        i.kind = kind;
        i.row = m_row.number;
        i.column = columnName(c);
        i.original = c >= 0 ? CellCleaner::shown(cellAt(m_row, c)) : QString();
        i.message = message;
        i.value = value;
        m_out.issues << i;
    }

    // Reports a repair or a refusal; true when the value may be used.
    bool take(RosterField f, const CleanCell& c)
    {
        if (c.refused()) {
            issue(RowIssue::Kind::Refused, column(f), c.message);
            return false;
        }
        if (c.state == CleanCell::State::Repaired)
            issue(RowIssue::Kind::Repaired, column(f), c.message,
                  c.display.isEmpty() ? c.text : c.display);
        return !c.isEmpty();
    }

    void required(RosterField f)
    {
        const int c = column(f);
        if (c < 0)
            issue(RowIssue::Kind::Refused, -1,
                  Tr::tr("The sheet has no column for %1.").arg(RosterRules::fieldTitle(f)));
        else
            issue(RowIssue::Kind::Refused, c,
                  Tr::tr("%1 is empty; it is required.").arg(RosterRules::fieldTitle(f)));
    }

private:
    const SheetRow& m_row;
    const RosterLayout& m_layout;
    RowOutcome& m_out;
    std::array<int, static_cast<size_t>(RosterField::Note) + 1> m_columnOf;
};

RosterField rosterFieldOf(PersonField f)
{
    switch (f) {
    case PersonField::Name:
        return RosterField::Name;
    case PersonField::Sex:
        return RosterField::Sex;
    case PersonField::Ethnicity:
        return RosterField::Ethnicity;
    case PersonField::CitizenId:
        return RosterField::CitizenId;
    case PersonField::BirthDate:
        return RosterField::BirthDate;
    case PersonField::Phone:
        return RosterField::Phone;
    case PersonField::Village:
        return RosterField::Village;
    case PersonField::Address:
        return RosterField::Address;
    case PersonField::BankName:
        return RosterField::BankName;
    case PersonField::BankAccount:
        return RosterField::BankAccount;
    case PersonField::RiskNote:
        return RosterField::RiskNote;
    default:
        return RosterField::Ignore;
    }
}

const QStringList& townshipSuffixes()
{
    static const QStringList s = {QStringLiteral("街道办事处"), QStringLiteral("街道"),
                                  QStringLiteral("镇"), QStringLiteral("乡"),
                                  QStringLiteral("办事处")};
    return s;
}
const QStringList& villageSuffixes()
{
    static const QStringList s = {QStringLiteral("村民委员会"), QStringLiteral("居民委员会"),
                                  QStringLiteral("村委会"),     QStringLiteral("居委会"),
                                  QStringLiteral("社区"),       QStringLiteral("村")};
    return s;
}
} // namespace

RowOutcome RosterRules::cleanRow(const SheetRow& row, const RosterLayout& layout,
                                 const ColumnMapping& mapping, const AliasTables& aliases,
                                 const QDate& today, AliasMemo* memo)
{
    const auto lookUp = [memo](RosterField f, const QHash<QString, QString>& table,
                               const QString& prefix, const QString& value,
                               const QStringList& suffixes) {
        const auto what = [f] { return fieldTitle(f); };
        return memo ? memo->match(int(f), table, prefix, value, suffixes, what)
                    : AliasMatcher::match(table, prefix, value, suffixes, what);
    };
    RowOutcome out;
    RowWork w(row, layout, mapping, out);
    PersonDraft& p = out.person.person;
    using F = RosterField;

    if (const CleanCell n = CellCleaner::name(w.cell(F::Name)); w.take(F::Name, n))
        p.name = n.text;
    else if (n.isEmpty())
        w.required(F::Name);

    const CleanCell id = CellCleaner::citizenId(w.cell(F::CitizenId), today);
    const bool idOk = w.take(F::CitizenId, id);
    if (idOk) {
        p.citizenId = id.text;
        p.birthDate = id.date;
        p.sex = id.sex;
    } else if (id.isEmpty()) {
        w.required(F::CitizenId);
    }

    if (const CleanCell s = CellCleaner::sex(w.cell(F::Sex)); w.take(F::Sex, s)) {
        if (idOk && s.sex != id.sex)
            w.issue(RowIssue::Kind::Refused, w.column(F::Sex),
                    Tr::tr("The sex %1 does not agree with the citizen ID number (%2).")
                        .arg(s.text, sexTitle(id.sex)));
        else if (!idOk)
            p.sex = s.sex;
    }

    const CleanCell birth =
        CellCleaner::date(w.cell(F::BirthDate), CellCleaner::DateKind::Birth, today);
    if (w.take(F::BirthDate, birth)) {
        const bool agrees = birth.monthOnly ? birth.date.year() == id.date.year() &&
                                                  birth.date.month() == id.date.month()
                                            : birth.date == id.date;
        if (idOk && !agrees)
            w.issue(RowIssue::Kind::Refused, w.column(F::BirthDate),
                    Tr::tr("The birth date %1 does not agree with the citizen ID number (%2).")
                        .arg(birth.text, toIsoDate(id.date)));
        else if (!idOk)
            p.birthDate = birth.date;
    }
    const int birthYear = p.birthDate.isValid() ? p.birthDate.year() : 0;

    if (const CleanCell e = CellCleaner::ethnicity(w.cell(F::Ethnicity)); w.take(F::Ethnicity, e))
        p.ethnicity = e.text;

    const CleanCell town = lookUp(F::Township, aliases.townships, QString(),
                                  CellCleaner::shown(w.cell(F::Township)), townshipSuffixes());
    if (w.take(F::Township, town))
        p.townshipCode = town.text;
    else if (town.isEmpty())
        w.required(F::Township);
    if (!p.townshipCode.isEmpty()) {
        const CleanCell v = lookUp(F::Village, aliases.villages, p.townshipCode + QLatin1Char('|'),
                                   CellCleaner::shown(w.cell(F::Village)), villageSuffixes());
        if (w.take(F::Village, v))
            p.villageCode = v.text;
    }

    if (const CleanCell a = CellCleaner::plainText(w.cell(F::Address)); w.take(F::Address, a))
        p.address = a.text;
    if (const CleanCell ph = CellCleaner::phone(w.cell(F::Phone)); w.take(F::Phone, ph))
        p.phone = ph.text;
    if (const CleanCell b = CellCleaner::plainText(w.cell(F::BankName)); w.take(F::BankName, b))
        p.bankName = b.text;
    if (const CleanCell b = CellCleaner::bankAccount(w.cell(F::BankAccount));
        w.take(F::BankAccount, b))
        p.bankAccount = b.text;
    if (const CleanCell k = CellCleaner::keyPerson(w.cell(F::KeyPerson)); w.take(F::KeyPerson, k))
        p.keyPerson = k.flag;
    if (const CleanCell r = CellCleaner::plainText(w.cell(F::RiskNote)); w.take(F::RiskNote, r))
        p.riskNote = r.text;
    if (const CleanCell a = CellCleaner::amount(w.cell(F::Amount)); w.take(F::Amount, a))
        out.amountFen = a.fen;
    if (const CleanCell n = CellCleaner::plainText(w.cell(F::Note)); w.take(F::Note, n))
        out.note = n.text;

    PersonCategory held;
    const CleanCell cat = lookUp(F::Category, aliases.categories, QString(),
                                 CellCleaner::shown(w.cell(F::Category)), QStringList());
    if (w.take(F::Category, cat))
        held.categoryCode = cat.text;
    else if (cat.isEmpty())
        w.required(F::Category);
    if (const CleanCell g = CellCleaner::grade(w.cell(F::Grade)); w.take(F::Grade, g))
        held.grade = g.number;
    if (const CleanCell n = CellCleaner::nature(w.cell(F::Nature)); w.take(F::Nature, n))
        held.nature = n.text;
    if (const CleanCell r = CellCleaner::relation(w.cell(F::Relation)); w.take(F::Relation, r))
        held.relation = r.text;
    if (const CleanCell s = CellCleaner::name(w.cell(F::ServicemanName));
        w.take(F::ServicemanName, s))
        held.servicemanName = s.text;
    using K = CellCleaner::DateKind;
    if (const CleanCell d = CellCleaner::date(w.cell(F::EnlistedOn), K::Service, today, birthYear);
        w.take(F::EnlistedOn, d))
        held.enlistedOn = d.date;
    if (const CleanCell d =
            CellCleaner::date(w.cell(F::DischargedOn), K::Service, today, birthYear);
        w.take(F::DischargedOn, d))
        held.dischargedOn = d.date;
    if (const CleanCell d = CellCleaner::date(w.cell(F::StartDate), K::Start, today);
        w.take(F::StartDate, d))
        held.startDate = d.date;
    if (!held.categoryCode.isEmpty())
        out.person.categories << held;

    // The registry's own rules last (lengths, control characters, a bank account without its
    // bank, a key person without the reason): a row the store would refuse would roll back the
    // whole import, so it is refused here, with the registry's reason.
    QSet<QString> refusedColumns;
    for (const RowIssue& i : out.issues)
        if (i.kind == RowIssue::Kind::Refused)
            refusedColumns.insert(i.column);
    for (const FieldError& e : PersonRules::check(p, today, nullptr)) {
        int c = w.column(rosterFieldOf(e.field));
        if (c < 0 && e.field == PersonField::RiskNote)
            c = w.column(RosterField::KeyPerson); // a key person with no 风险说明 column
        if (e.field == PersonField::Township || refusedColumns.contains(w.columnName(c)))
            continue;
        w.issue(RowIssue::Kind::Refused, c, e.message);
    }

    const bool refusedAny =
        std::any_of(out.issues.cbegin(), out.issues.cend(),
                    [](const RowIssue& i) { return i.kind == RowIssue::Kind::Refused; });
    out.verdict = refusedAny ? RowOutcome::Verdict::Refused : RowOutcome::Verdict::Import;
    return out;
}

QString RosterRules::fieldTitle(RosterField f)
{
    switch (f) {
    case RosterField::Ignore:
        return Tr::tr("(not imported)");
    case RosterField::Name:
        return Tr::tr("Name");
    case RosterField::Sex:
        return Tr::tr("Sex");
    case RosterField::Ethnicity:
        return Tr::tr("Ethnic group");
    case RosterField::CitizenId:
        return Tr::tr("Citizen ID number");
    case RosterField::BirthDate:
        return Tr::tr("Date of birth");
    case RosterField::Township:
        return Tr::tr("Township");
    case RosterField::Village:
        return Tr::tr("Village");
    case RosterField::Address:
        return Tr::tr("Address");
    case RosterField::Phone:
        return Tr::tr("Phone");
    case RosterField::Category:
        return Tr::tr("Category");
    case RosterField::Grade:
        return Tr::tr("Disability grade");
    case RosterField::Nature:
        return Tr::tr("Nature of disability");
    case RosterField::Relation:
        return Tr::tr("Relation to the martyr");
    case RosterField::ServicemanName:
        return Tr::tr("Martyr's name");
    case RosterField::EnlistedOn:
        return Tr::tr("Enlisted");
    case RosterField::DischargedOn:
        return Tr::tr("Discharged");
    case RosterField::StartDate:
        return Tr::tr("Benefit since");
    case RosterField::BankName:
        return Tr::tr("Bank");
    case RosterField::BankAccount:
        return Tr::tr("Bank account");
    case RosterField::Amount:
        return Tr::tr("Amount");
    case RosterField::KeyPerson:
        return Tr::tr("Key person");
    case RosterField::RiskNote:
        return Tr::tr("Risk note");
    case RosterField::Note:
        return Tr::tr("Note");
    }
    return QString();
}

} // namespace youfu::core
