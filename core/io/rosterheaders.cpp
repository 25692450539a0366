#include "io/rosterheaders.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace youfu::core {

namespace {
struct Synonyms
{
    RosterField field;
    const char* words; // space-separated, already normalised
};

const Synonyms kSynonyms[] = {
    {RosterField::Name, "姓名 名字 对象姓名"},
    {RosterField::Sex, "性别"},
    {RosterField::Ethnicity, "民族"},
    {RosterField::CitizenId, "身份证号 公民身份号码 身份证号码 身份证 身份证件号码"},
    {RosterField::BirthDate, "出生日期 出生年月 出生年月日"},
    {RosterField::Township, "乡镇 所在乡镇 乡(镇) 乡镇(街道) 乡镇街道"},
    {RosterField::Village, "村 村(社区) 所在村 村(居)"},
    {RosterField::Address, "住址 家庭住址 地址"},
    {RosterField::Phone, "联系电话 电话 手机 手机号码"},
    {RosterField::Category, "类别 优抚类别 对象类别"},
    {RosterField::Grade, "残疾等级 等级 伤残等级"},
    {RosterField::Nature, "伤残性质 性质 残疾性质"},
    {RosterField::Relation, "与烈士关系 关系 亲属关系"},
    {RosterField::ServicemanName, "烈士姓名 军人姓名"},
    {RosterField::EnlistedOn, "入伍时间 入伍年月 入伍日期"},
    {RosterField::DischargedOn, "退伍时间 退伍年月 退伍日期"},
    {RosterField::StartDate, "享受时间 起始时间"},
    {RosterField::BankName, "开户行 开户银行"},
    {RosterField::BankAccount, "银行账号 卡号 账号 银行卡号"},
    {RosterField::Amount, "金额 月标准 发放标准"},
    {RosterField::KeyPerson, "重点对象"},
    {RosterField::RiskNote, "风险说明 重点对象原因 风险原因"},
    {RosterField::Note, "备注"},
};

const QHash<QString, RosterField>& table()
{
    static const QHash<QString, RosterField> t = [] {
        QHash<QString, RosterField> h;
        for (const Synonyms& s : kSynonyms)
            for (const QString& w :
                 QString::fromUtf8(s.words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                h.insert(w, s.field);
        return h;
    }();
    return t;
}

RosterField lookup(const QString& normalised)
{
    const auto it = table().constFind(normalised);
    if (it != table().constEnd())
        return *it;
    // A unit in brackets: 金额(元), 月标准(元/月).
    static const QRegularExpression unit(QStringLiteral("\\([^()]*\\)$"));
    QString bare = normalised;
    bare.remove(unit);
    if (bare != normalised)
        return table().value(bare, RosterField::Ignore);
    return RosterField::Ignore;
}
} // namespace

QString RosterHeaders::normalise(const QString& header)
{
    // NFKC folds full-width letters, digits, brackets, colons and U+3000 to their plain forms;
    // ASCII and the unified ideographs are left as they are, so they skip it.
    const bool plain = std::all_of(header.cbegin(), header.cend(), [](QChar ch) {
        return ch.unicode() < 0x80 || (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF);
    });
    const QString folded = plain ? header : header.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (QChar ch : folded) {
        if (ch.isSpace() || ch == QChar(0x00A0) || ch == QLatin1Char('*'))
            continue;
        out += ch.toLower();
    }
    while (out.endsWith(QLatin1Char(':')))
        out.chop(1);
    return out;
}

RosterField RosterHeaders::fieldOf(const QString& header)
{
    const QString n = normalise(header);
    if (n.isEmpty())
        return RosterField::Ignore;
    const int slash = n.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return lookup(n);
    const QString group = n.left(slash);
    const QString caption = n.mid(slash + 1);
    RosterField f = lookup(caption);
    // 烈士情况/姓名 names the martyr, not the person.
    if (f == RosterField::Name && group.contains(QStringLiteral("烈士")))
        return RosterField::ServicemanName;
    if (f == RosterField::Ignore)
        f = lookup(n); // "元/月" and the like are not two levels
    if (f == RosterField::Ignore && caption.isEmpty())
        f = lookup(group);
    return f;
}

int RosterHeaders::score(const SheetRow& row)
{
    int s = 0;
    for (const SheetCell& c : row.cells)
        if (c.kind == SheetCell::Kind::Text && fieldOf(c.text) != RosterField::Ignore)
            ++s;
    return s;
}

QString RosterHeaders::columnLetter(int column)
{
    QString s;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(QLatin1Char('A').unicode() + (n - 1) % 26));
    return s;
}

} // namespace youfu::core
