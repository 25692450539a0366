#pragma once

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QVariant>
#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace youfu::ui {

// A small form for one step of a case (受理, 延期, 答复, 回访…): a date, the choices the step
// needs and an opinion. The case dialog builds one per step; the store checks the rules and
// the dialog shows its words without closing.
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    QDateEdit* addDate(const QString& label, const QDate& value, const QDate& maximum);
    QComboBox* addChoice(const QString& label, const QList<QPair<QString, QVariant>>& items,
                         const char* objectName);
    QLineEdit* addLine(const QString& label, const char* objectName);
    QSpinBox* addDays(const QString& label, int minimum, int maximum, int value);
    QPlainTextEdit* addText(const QString& label, const char* objectName);
    QDate date() const;

    // Called on OK; an empty answer accepts the dialog, words are shown and it stays open.
    void setSaver(std::function<QString()> save) { m_save = std::move(save); }
    void accept() override;

private:
    QFormLayout* m_form = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
    std::function<QString()> m_save;
};

} // namespace youfu::ui
