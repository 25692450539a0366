#pragma once

#include <QString>

namespace youfu::core {

// A name in pinyin, the way clerks sort and search it (as Excel and WPS do).
struct PinyinName
{
    QString sortKey;  // syllables without tones, one space between: "zeng guo fan"
    QString spelling; // the same without spaces, for typed full pinyin: "zengguofan"
    QString initials; // the first letter of each syllable: "zgf"
};

// Pure rules: each Han character by its common reading (ICU's Han-Latin, tones stripped, ü as
// "v" as pinyin keyboards type it), the surname by its reading as a surname (曾 zeng, 单 shan,
// 尉迟 yuchi). Other letters are kept in lower case; signs like "·" only separate syllables.
class Pinyin
{
public:
    static PinyinName ofName(const QString& name);
    // The syllables of any text, without the surname rule.
    static QStringList syllables(const QString& text);
    // A typed search word that can only be pinyin (ASCII letters, at least two) in lower case;
    // "" for any other word.
    static QString searchTerm(const QString& word);
};

} // namespace youfu::core
