#include "registry/pinyin.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace youfu::core {

namespace {

// Readings of a character as a surname where they differ from its common reading. Compound
// surnames first: their characters read differently together.
struct SurnameReading
{
    const char16_t* surname;
    const char* syllables;
};
const SurnameReading kCompoundSurnames[] = {
    {u"尉迟", "yu chi"},  {u"万俟", "mo qi"},   {u"长孙", "zhang sun"},
    {u"澹台", "tan tai"}, {u"单于", "chan yu"},
};
const SurnameReading kSurnames[] = {
    {u"曾", "zeng"}, {u"单", "shan"},  {u"解", "xie"},   {u"仇", "qiu"},   {u"区", "ou"},
    {u"朴", "piao"}, {u"查", "zha"},   {u"盖", "ge"},    {u"乐", "yue"},   {u"覃", "qin"},
    {u"翟", "zhai"}, {u"缪", "miao"},  {u"秘", "bi"},    {u"宁", "ning"},  {u"黑", "he"},
    {u"召", "shao"}, {u"种", "chong"}, {u"折", "she"},   {u"員", "yun"},   {u"员", "yun"},
    {u"繁", "po"},   {u"隗", "wei"},   {u"长", "chang"}, {u"重", "chong"}, {u"薄", "bo"},
    {u"卜", "bu"},   {u"藏", "zang"},  {u"都", "du"},    {u"句", "gou"},   {u"阚", "kan"},
    {u"能", "nai"},  {u"蕃", "pi"},    {u"牟", "mu"},    {u"澹", "tan"},   {u"洗", "xian"},
    {u"乜", "nie"},  {u"便", "pian"},  {u"尉", "wei"},
};

// ICU's Han-Latin gives each character its common reading with tone marks. One character at a
// time, remembered: a registry has a few thousand distinct characters, and 200,000 names must
// be spelled in seconds.
class HanReadings
{
public:
    QString reading(char32_t ch)
    {
        // Each thread keeps what it has looked up (two helper threads spell an import's names):
        // the shared cache and its lock are asked once per character and thread.
        thread_local QHash<char32_t, QString> seen;
        if (const auto it = seen.constFind(ch); it != seen.constEnd())
            return *it;
        const QString out = shared(ch);
        seen.insert(ch, out);
        return out;
    }

    static HanReadings& instance()
    {
        static HanReadings readings;
        return readings;
    }

private:
    QString shared(char32_t ch)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(ch);
        if (it != m_cache.constEnd())
            return *it;
        QString out;
        if (m_translit) {
            icu::UnicodeString u = icu::UnicodeString(UChar32(ch));
            m_translit->transliterate(u);
            out = plain(QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length()));
        }
        m_cache.insert(ch, out);
        return out;
    }

    HanReadings()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_translit.reset(icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_translit.reset();
    }

    // "lǚ" → "lv", "zhāng" → "zhang": tones dropped, ü as pinyin keyboards type it.
    static QString plain(const QString& marked)
    {
        const QString d = marked.normalized(QString::NormalizationForm_D);
        QString out;
        for (int i = 0; i < d.size(); ++i) {
            const QChar c = d.at(i);
            if (c == QLatin1Char('u') && i + 1 < d.size() && d.at(i + 1) == QChar(0x0308))
                out += QLatin1Char('v');
            else if (c.isLetter() && c.unicode() < 0x80)
                out += c.toLower();
        }
        return out;
    }

    QMutex m_mutex;
    QHash<char32_t, QString> m_cache;
    std::unique_ptr<icu::Transliterator> m_translit;
};

bool isHan(char32_t ch)
{
    return QChar::script(ch) == QChar::Script_Han;
}

} // namespace

QStringList Pinyin::syllables(const QString& text)
{
    QStringList out;
    QString run; // letters and digits of a non-Han word ("A", "II") stay one syllable
    const auto flush = [&] {
        if (!run.isEmpty())
            out << run;
        run.clear();
    };
    const QList<uint> points = text.toUcs4();
    for (uint point : points) {
        const char32_t ch = point;
        if (isHan(ch)) {
            flush();
            const QString r = HanReadings::instance().reading(ch);
            if (!r.isEmpty())
                out << r;
            continue;
        }
        const QString d = QString::fromUcs4(&ch, 1).normalized(QString::NormalizationForm_D);
        const QChar base = d.isEmpty() ? QChar() : d.at(0);
        if (base.unicode() < 0x80 && base.isLetterOrNumber())
            run += base.toLower();
        else
            flush(); // spaces, "·" and other signs only separate
    }
    flush();
    return out;
}

PinyinName Pinyin::ofName(const QString& name)
{
    const QString trimmed = name.trimmed();
    QStringList parts;
    int rest = 0;
    for (const SurnameReading& s : kCompoundSurnames) {
        const QStringView surname(s.surname);
        if (trimmed.startsWith(surname)) {
            parts = QString::fromLatin1(s.syllables).split(QLatin1Char(' '));
            rest = int(surname.size());
            break;
        }
    }
    if (rest == 0)
        for (const SurnameReading& s : kSurnames) {
            const QStringView surname(s.surname);
            if (trimmed.startsWith(surname)) {
                parts << QString::fromLatin1(s.syllables);
                rest = int(surname.size());
                break;
            }
        }
    parts << syllables(trimmed.mid(rest));
    PinyinName p;
    p.sortKey = parts.join(QLatin1Char(' '));
    p.spelling = parts.join(QString());
    for (const QString& s : std::as_const(parts))
        p.initials += s.at(0);
    return p;
}

QString Pinyin::searchTerm(const QString& word)
{
    if (word.size() < 2)
        return {};
    for (QChar c : word)
        if (c.unicode() >= 0x80 || !c.isLetter())
            return {};
    return word.toLower();
}

} // namespace youfu::core
