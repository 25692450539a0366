#pragma once

#include "registry/person.h"
#include "report/officialdocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// 优抚对象基本情况表: one person's particulars, categories and status history on A4, for the
// paper archive. The wording of the form is the office's Chinese form (data, like a
// template), not program text. Phone and bank account print as given (masked unless the
// clerk revealed them).
class PersonSummarySheet
{
public:
    struct Context
    {
        QString officeName; // 武冈市民政局
        QString preparedBy; // who prints it: 填表人
        QDate today;
    };

    static OfficialDocument build(const Person& person, const QList<PersonStatusChange>& history,
                                  const Context& context);
    // 优抚对象基本情况表-张三.pdf
    static QString suggestedFileName(const Person& person);
    // 因战 三级; 配偶 / 张三; 入伍 1968-03-01 退伍 1972-12-01
    static QString details(const PersonCategory& category);
};

} // namespace youfu::core
