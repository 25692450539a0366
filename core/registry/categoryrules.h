#pragma once

#include "common/result.h"
#include "registry/category.h"
#include "registry/personcategory.h"

#include <QList>
#include <QStringList>

namespace youfu::core {

// Pure rules of a person's categories and their details. No database.
class CategoryRules
{
public:
    static QStringList natures();           // 因战, 因公, 因病
    static QStringList survivorRelations(); // 父亲, 母亲, 配偶, 子女, 兄弟姐妹, 其他亲属
    static QString gradeTitle(int grade);            // 1 → 一级 … 10 → 十级; "" otherwise
    static int gradeFromTitle(const QString& title); // 一级 → 1; 0 when unknown
    static constexpr int kMinEnlistmentAge = 16;
    static constexpr int kMaxIllnessGrade = 6; // 因病 only for grades 1–6

    // The details the category asks for, dates against the person's birth and today.
    static Status checkDetails(const Category& category, const PersonCategory& held,
                               const QDate& birthDate, const QDate& today);
    // The same category held twice may not overlap in time. "existing" is the person's list.
    static Status checkNoOverlap(const QList<PersonCategory>& existing,
                                 const PersonCategory& candidate);
    // 残疾军人（三级）、带病回乡退伍军人: the categories in force today, for lists.
    static QString summary(const QList<PersonCategory>& held, const QDate& today);
    // Whole years between birth and a day.
    static int ageOn(const QDate& birthDate, const QDate& day);
};

} // namespace youfu::core
