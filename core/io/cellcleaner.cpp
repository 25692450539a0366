#include "io/cellcleaner.h"

#include "common/isotime.h"
#include "registry/categoryrules.h"
#include "registry/citizenid.h"
#include "registry/ethnicity.h"
#include "registry/personrules.h"
#include "registry/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CellCleaner)
};

CleanCell refused(QString reason)
{
    CleanCell c;
    c.state = CleanCell::State::Refused;
    c.message = std::move(reason);
    return c;
}

// Clean when the value reads as the cell did, Repaired (with `what`) otherwise. The message is
// only made for a repair: most cells of a large file are clean.
template <typename What> CleanCell taken(const QString& original, const QString& value, What what)
{
    CleanCell c;
    c.text = value;
    c.state = original == value ? CleanCell::State::Clean : CleanCell::State::Repaired;
    if (c.state == CleanCell::State::Repaired)
        c.message = what();
    return c;
}

bool isSpaceLike(QChar ch)
{
    return ch.isSpace() || ch == QChar(0x00A0) || ch == QChar(0x3000);
}

bool isHan(QChar ch)
{
    return ch.unicode() >= 0x3400 && ch.unicode() <= 0x9FFF;
}

// The text of a Number cell without Excel's display rounding, when it is a whole number.
QString wholeNumber(double n)
{
    if (n != std::floor(n) || std::fabs(n) >= 1e15)
        return QString();
    return QString::number(static_cast<qint64>(n));
}

bool lostDigits(const SheetCell& cell)
{
    static const QRegularExpression sci(QStringLiteral("^[0-9.]+[eE]\\+?[0-9]+$"));
    // A number cell keeps up to 15 digits exactly, whatever Excel shows (4.30582E+14).
    if (cell.kind == SheetCell::Kind::Number)
        return std::fabs(cell.number) >= 1e15 || cell.number != std::floor(cell.number);
    const QString s = CellCleaner::shown(cell);
    if (!s.contains(QLatin1Char('E'), Qt::CaseInsensitive) && !s.contains(QChar(0xFF25)) &&
        !s.contains(QChar(0xFF45))) // Ｅ ｅ
        return false;
    return sci.match(CellCleaner::withoutSpaces(CellCleaner::halfWidth(s))).hasMatch();
}

QString scientificReason()
{
    return Tr::tr("Excel turned the number into scientific notation and its last digits are "
                  "lost; set the column to text and enter the number again.");
}

// What a typed ID needed: listed so the clerk sees each repair.
QStringList idRepairs(const QString& s)
{
    QStringList out;
    bool wide = false, lowerX = false, spaces = false;
    for (QChar ch : s) {
        const char16_t u = ch.unicode();
        wide |= (u >= 0xFF10 && u <= 0xFF19) || u == 0xFF38 || u == 0xFF58;
        lowerX |= u == 'x' || u == 0xFF58;
        spaces |= isSpaceLike(ch);
    }
    if (wide)
        out << Tr::tr("full-width characters made half-width");
    if (lowerX)
        out << Tr::tr("lower-case x made X");
    if (spaces)
        out << Tr::tr("spaces removed");
    return out;
}
} // namespace

QString CellCleaner::shown(const SheetCell& cell)
{
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        return QString();
    case SheetCell::Kind::Text:
        return cell.text;
    case SheetCell::Kind::Number:
        if (!cell.shown.isEmpty())
            return cell.shown;
        return QString::number(cell.number, 'g', 15);
    case SheetCell::Kind::Date:
        return cell.shown.isEmpty() ? toIsoDate(cell.date) : cell.shown;
    default:
        return cell.shown;
    }
}

QString CellCleaner::halfWidth(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(u - 0xFF01 + 0x21);
        else if (u == 0x3000 || u == 0x00A0)
            out += QLatin1Char(' ');
        else
            out += ch;
    }
    return out;
}

QString CellCleaner::withoutSpaces(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar ch : s)
        if (!isSpaceLike(ch))
            out += ch;
    return out;
}

CleanCell CellCleaner::plainText(const SheetCell& cell)
{
    const QString original = shown(cell);
    QString out;
    bool pendingSpace = false;
    for (QChar ch : original) {
        if (isSpaceLike(ch)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += ch;
    }
    if (out.isEmpty())
        return CleanCell();
    return taken(original, out, [&] { return Tr::tr("spaces tidied"); });
}

CleanCell CellCleaner::name(const SheetCell& cell)
{
    const QString original = shown(cell);
    const QString tidy = plainText(cell).text;
    if (tidy.isEmpty())
        return CleanCell();
    // A space between two Chinese characters is padding ("张 三"); between Latin letters it is
    // part of the name.
    QString out;
    for (int i = 0; i < tidy.size(); ++i) {
        if (tidy.at(i) == QLatin1Char(' ') && i > 0 && i + 1 < tidy.size() &&
            (isHan(tidy.at(i - 1)) || isHan(tidy.at(i + 1))))
            continue;
        out += tidy.at(i);
    }
    if (const QString why = PersonRules::checkName(out); !why.isEmpty())
        return refused(why);
    return taken(original, out, [&] { return Tr::tr("spaces removed from the name"); });
}

CleanCell CellCleaner::citizenId(const SheetCell& cell, const QDate& today)
{
    if (cell.isEmpty())
        return CleanCell();
    if (lostDigits(cell))
        return refused(scientificReason());
    QString typed = shown(cell);
    if (cell.kind == SheetCell::Kind::Number)
        typed = wholeNumber(cell.number);
    const CitizenIdCheck c = CitizenId::check(typed, today);
    if (!c.isValid())
        return refused(c.message);
    QStringList repairs = idRepairs(typed);
    if (c.converted)
        repairs << c.note;
    CleanCell out = taken(typed, c.canonical, [&] { return repairs.join(QStringLiteral("; ")); });
    if (cell.kind == SheetCell::Kind::Number && !c.converted)
        out.state = CleanCell::State::Clean; // digits as they were
    out.date = c.birthDate;
    out.sex = c.sex;
    return out;
}

CleanCell CellCleaner::sex(const SheetCell& cell)
{
    const QString t = withoutSpaces(halfWidth(shown(cell))).toUpper();
    if (t.isEmpty())
        return CleanCell();
    Sex sx = Sex::Unknown;
    if (t == QStringLiteral("男") || t == QStringLiteral("男性") || t == QStringLiteral("M"))
        sx = Sex::Male;
    else if (t == QStringLiteral("女") || t == QStringLiteral("女性") || t == QStringLiteral("F"))
        sx = Sex::Female;
    else
        return refused(Tr::tr("“%1” is no sex: write 男 or 女.").arg(shown(cell)));
    CleanCell c =
        taken(shown(cell), sexTitle(sx), [&] { return Tr::tr("written as %1").arg(sexTitle(sx)); });
    c.sex = sx;
    return c;
}

CleanCell CellCleaner::ethnicity(const SheetCell& cell)
{
    const QString original = shown(cell);
    const QString t = withoutSpaces(original);
    if (t.isEmpty())
        return CleanCell();
    if (Ethnicity::isKnown(t))
        return taken(original, t, [&] { return Tr::tr("spaces removed"); });
    const QString full = t + QStringLiteral("族");
    if (Ethnicity::isKnown(full))
        return taken(original, full, [&] {
            return Tr::tr("the short form %1 written in full as %2").arg(t, full);
        });
    return refused(Tr::tr("“%1” is not one of the 56 ethnic groups.").arg(original));
}

CleanCell CellCleaner::amount(const SheetCell& cell)
{
    const QString original = shown(cell);
    if (cell.isEmpty())
        return CleanCell();
    CleanCell c;
    if (cell.kind == SheetCell::Kind::Number) {
        const double fen = cell.number * 100;
        if (cell.number < 0 || std::fabs(fen - std::round(fen)) > 1e-6)
            return refused(Tr::tr("The amount %1 is not a sum in yuan and fen.").arg(original));
        c.fen = static_cast<qint64>(std::llround(fen));
        c.state = CleanCell::State::Clean;
        c.text = QString::number(c.fen / 100.0, 'f', 2);
        return c;
    }
    QString t = withoutSpaces(halfWidth(original));
    bool decorated = t != original;
    static const QRegularExpression re(QStringLiteral(
        "^[￥¥]?((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(?:\\.(\\d+))?(万)?(?:元)?(?:/月)?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return refused(Tr::tr("“%1” is not an amount in yuan.").arg(original));
    decorated |= t.contains(QLatin1Char(',')) || !t.at(0).isDigit() || !t.back().isDigit();
    QString whole = m.captured(1);
    whole.remove(QLatin1Char(','));
    const QString frac = m.captured(2);
    const int places = m.captured(3).isEmpty() ? 2 : 6; // fen digits: yuan×100, 万×1,000,000
    QString digits = frac.left(places);
    for (QChar ch : QStringView(frac).mid(qMin(places, int(frac.size()))))
        if (ch != QLatin1Char('0'))
            return refused(Tr::tr("The amount %1 has more decimals than fen.").arg(original));
    digits = digits.leftJustified(places, QLatin1Char('0'));
    if (whole.size() > 10)
        return refused(Tr::tr("The amount %1 is too large.").arg(original));
    c.fen = whole.toLongLong() * static_cast<qint64>(std::pow(10, places)) + digits.toLongLong();
    c.text = QStringLiteral("%1.%2").arg(c.fen / 100).arg(c.fen % 100, 2, 10, QLatin1Char('0'));
    c.state = decorated ? CleanCell::State::Repaired : CleanCell::State::Clean;
    if (decorated)
        c.message = Tr::tr("read as %1 yuan").arg(c.text);
    return c;
}

CleanCell CellCleaner::grade(const SheetCell& cell)
{
    const QString original = shown(cell);
    if (cell.isEmpty())
        return CleanCell();
    QString t = withoutSpaces(halfWidth(original));
    int g = 0;
    QString why;
    if (cell.kind == SheetCell::Kind::Number && cell.number == std::floor(cell.number))
        t = wholeNumber(cell.number);
    static const QRegularExpression digits(QStringLiteral("^(\\d{1,2})级?$"));
    static const QRegularExpression old(
        QStringLiteral("^(特等|一等|二等甲|二等乙|三等甲|三等乙)级?(残疾)?$"));
    if (const auto m = digits.match(t); m.hasMatch()) {
        g = m.captured(1).toInt();
    } else if (const auto o = old.match(t); o.hasMatch()) {
        // The pre-2004 scale (特等, 一等, 二等甲/乙, 三等甲/乙) against the ten grades of the
        // 2004 《军人抚恤优待条例》. No source of the official correspondence table could be
        // found (searched: "二等甲级 对应 伤残等级"); only the three steps that are one-to-one
        // in the commonly used table are taken (特等→一级, 一等→二级, 二等甲级→三级); the
        // lower steps each cover two of today's grades and are refused, never guessed.
        const QString step = o.captured(1);
        if (step == QStringLiteral("特等"))
            g = 1;
        else if (step == QStringLiteral("一等"))
            g = 2;
        else if (step == QStringLiteral("二等甲"))
            g = 3;
        else
            return refused(Tr::tr("The old grade %1 (before 2004) has no single match among "
                                  "today's ten grades; enter the grade of the current "
                                  "disability certificate.")
                               .arg(original));
        const QString title = CategoryRules::gradeTitle(g);
        CleanCell c = taken(original, title, [&] {
            return Tr::tr("the old grade %1 (before 2004) read as %2").arg(original, title);
        });
        c.number = g;
        return c;
    } else {
        QString bare = t;
        if (bare.endsWith(QStringLiteral("级")))
            bare.chop(1);
        g = CategoryRules::gradeFromTitle(bare + QStringLiteral("级"));
    }
    if (g < 1 || g > 10)
        return refused(Tr::tr("“%1” is no disability grade: 一级 to 十级.").arg(original));
    const QString title = CategoryRules::gradeTitle(g);
    CleanCell c = taken(original, title, [&] { return Tr::tr("read as %1").arg(title); });
    c.number = g;
    return c;
}

CleanCell CellCleaner::nature(const SheetCell& cell)
{
    const QString original = shown(cell);
    const QString t = withoutSpaces(original);
    if (t.isEmpty())
        return CleanCell();
    if (CategoryRules::natures().contains(t))
        return taken(original, t, [&] { return Tr::tr("spaces removed"); });
    return refused(Tr::tr("“%1” is no nature of disability: 因战, 因公 or 因病.").arg(original));
}

CleanCell CellCleaner::relation(const SheetCell& cell)
{
    const QString original = shown(cell);
    const QString t = withoutSpaces(original);
    if (t.isEmpty())
        return CleanCell();
    static const QHash<QString, QString> synonyms = [] {
        QHash<QString, QString> h;
        const char* const pairs[][2] = {{"父", "父亲"},     {"母", "母亲"},     {"妻", "配偶"},
                                        {"妻子", "配偶"},   {"丈夫", "配偶"},   {"夫", "配偶"},
                                        {"子", "子女"},     {"女", "子女"},     {"儿子", "子女"},
                                        {"女儿", "子女"},   {"兄", "兄弟姐妹"}, {"弟", "兄弟姐妹"},
                                        {"姐", "兄弟姐妹"}, {"妹", "兄弟姐妹"}};
        for (const auto& p : pairs)
            h.insert(QString::fromUtf8(p[0]), QString::fromUtf8(p[1]));
        return h;
    }();
    if (CategoryRules::survivorRelations().contains(t))
        return taken(original, t, [&] { return Tr::tr("spaces removed"); });
    if (const auto it = synonyms.constFind(t); it != synonyms.constEnd())
        return taken(original, *it, [&] { return Tr::tr("written as %1").arg(*it); });
    return refused(
        Tr::tr("“%1” is no relation the registry knows: %2.")
            .arg(original, CategoryRules::survivorRelations().join(QStringLiteral("、"))));
}

CleanCell CellCleaner::phone(const SheetCell& cell)
{
    if (cell.isEmpty())
        return CleanCell();
    QString typed = shown(cell);
    if (cell.kind == SheetCell::Kind::Number) {
        if (lostDigits(cell))
            return refused(scientificReason());
        typed = wholeNumber(cell.number);
    }
    const PhoneCheck p = PhoneNumber::check(typed);
    if (!p.valid)
        return refused(p.message);
    return taken(typed, p.canonical, [&] { return Tr::tr("written as %1").arg(p.canonical); });
}

CleanCell CellCleaner::bankAccount(const SheetCell& cell)
{
    if (cell.isEmpty())
        return CleanCell();
    if (lostDigits(cell))
        return refused(scientificReason());
    QString typed = shown(cell);
    if (cell.kind == SheetCell::Kind::Number)
        typed = wholeNumber(cell.number);
    const QString digits = PersonRules::normaliseBankAccount(typed);
    if (const QString why = PersonRules::checkBankAccount(digits); !why.isEmpty())
        return refused(why);
    return taken(typed, digits, [&] { return Tr::tr("spaces and signs removed"); });
}

CleanCell CellCleaner::keyPerson(const SheetCell& cell)
{
    const QString original = shown(cell);
    const QString t = withoutSpaces(halfWidth(original)).toUpper();
    if (t.isEmpty())
        return CleanCell();
    bool flag = false;
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("√"),
                                    QStringLiteral("✓"),  QStringLiteral("Y"),
                                    QStringLiteral("1"),  QStringLiteral("重点")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("×"), QStringLiteral("N"),
                                   QStringLiteral("0")};
    if (yes.contains(t))
        flag = true;
    else if (!no.contains(t))
        return refused(Tr::tr("“%1” does not say whether the person is a key person: write 是 "
                              "or 否.")
                           .arg(original));
    const QString word = flag ? QStringLiteral("是") : QStringLiteral("否");
    CleanCell c = taken(original, word, [&] { return Tr::tr("read as %1").arg(word); });
    c.flag = flag;
    return c;
}

} // namespace youfu::core
