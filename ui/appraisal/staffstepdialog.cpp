#include "appraisal/staffstepdialog.h"

#include "appraisal/schemerules.h"
#include "dialogs/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

StaffStepDialog::StaffStepDialog(const QString& title, const QString& subtitle,
                                 const QString& textLabel, const QString& text, bool withGrade,
                                 core::Grade suggested, Save save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(QStringLiteral("staffStepDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(title, subtitle, this));
    auto* form = new QFormLayout;
    if (withGrade) {
        m_grade = new QComboBox(this);
        m_grade->setObjectName(QStringLiteral("staffGradeChoice"));
        for (core::Grade g :
             {core::Grade::Excellent, core::Grade::Good, core::Grade::Pass, core::Grade::Fail})
            m_grade->addItem(core::SchemeRules::gradeTitle(g, core::SchemeKind::Staff), int(g));
        const int at = m_grade->findData(int(suggested));
        m_grade->setCurrentIndex(at >= 0 ? at : 1);
        form->addRow(tr("&Grade:"), m_grade);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("staffStepText"));
    m_text->setPlainText(text);
    m_text->setTabChangesFocus(true);
    form->addRow(textLabel, m_text);
    layout->addLayout(form, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, this, &StaffStepDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &StaffStepDialog::reject);
    layout->addWidget(box);
    resize(560, 360);
}

void StaffStepDialog::accept()
{
    const core::Grade g = m_grade ? core::Grade(m_grade->currentData().toInt()) : core::Grade::None;
    const core::Status s = m_save(m_text->toPlainText(), g);
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
