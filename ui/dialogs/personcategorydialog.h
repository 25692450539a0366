#pragma once

#include "registry/category.h"
#include "registry/personcategory.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QWidget;

namespace youfu::ui {

// One category a person holds, with the details that category asks for: grade and nature
// for disabled servicemen, relation and the serviceman's name for survivors and families,
// enlistment and discharge for veterans. The details are checked as they are typed.
class PersonCategoryDialog : public QDialog
{
    Q_OBJECT
public:
    PersonCategoryDialog(const QList<core::Category>& categories, const QDate& birthDate,
                         const QDate& today, QWidget* parent = nullptr);

    core::PersonCategory value() const;
    core::Category category() const;
    void accept() override;

private:
    void categoryChanged();
    void check();

    QList<core::Category> m_categories;
    QDate m_birthDate;
    QDate m_today;
    QComboBox* m_category = nullptr;
    QDateEdit* m_start = nullptr;
    QWidget* m_disability = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_nature = nullptr;
    QWidget* m_survivor = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_serviceman = nullptr;
    QWidget* m_service = nullptr;
    QDateEdit* m_enlisted = nullptr;
    QDateEdit* m_discharged = nullptr;
    QLabel* m_message = nullptr;
};

// Asks for the end date and reason of a category; false when the clerk cancels.
bool askCategoryEnd(QWidget* parent, const QString& categoryName, const QDate& today,
                    QDate* endDate, QString* reason);

} // namespace youfu::ui
