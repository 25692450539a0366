#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace youfu::ui {

// The approval number format in a clerk's terms: prefix (县民优审), the year in 〔〕 or （）
// or not shown, the digits of the sequence, the suffix (号), and a preview of the next number
// as core will issue it. format() is the pattern core stores ("县民优审〔{year}〕{seq:04}号").
class NumberFormatEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NumberFormatEditor(QWidget* parent = nullptr);

    // Shows a stored pattern in parts; one that does not fit the parts starts from the default.
    void setFormat(const QString& pattern);
    QString format() const;
    // The year and sequence the preview shows (the next approval's).
    void setNextNumber(int year, int sequence);
    // Empty when the parts make a format core accepts; otherwise why not, in the clerk's words.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void refreshPreview();

    QLineEdit* m_prefix = nullptr;
    QComboBox* m_year = nullptr;
    QSpinBox* m_digits = nullptr;
    QLineEdit* m_suffix = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_problem = nullptr;
    int m_nextYear = 2026;
    int m_nextSequence = 1;
};

} // namespace youfu::ui
