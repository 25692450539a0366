#include "appraisal/seriouseffectbar.h"

#include "appraisal/seriouseffectstore.h"
#include "common/isotime.h"
#include "security/permission.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace youfu::ui {

SeriousEffectBar::SeriousEffectBar(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("seriousEffectBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("seriousEffectLabel"));
    m_label->setWordWrap(true);
    m_button = new QPushButton(tr("Caused a serious &effect (one-vote veto in the year-end "
                                  "appraisal)"),
                               this);
    m_button->setObjectName(QStringLiteral("seriousEffect"));
    m_button->setCheckable(true);
    m_button->setAutoDefault(false);
    m_button->setVisible(core::isAllowed(session.actor.roles, core::Permission::ApproveAppraisal));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    // clicked, not toggled: setChecked() when a case is shown must not ask anything.
    connect(m_button, &QPushButton::clicked, this, &SeriousEffectBar::toggle);
    setCase(0);
}

void SeriousEffectBar::setCase(qint64 caseId)
{
    m_caseId = caseId;
    QWidget::setVisible(caseId > 0);
    if (caseId <= 0 || !m_session.db)
        return;
    const auto mark = core::SeriousEffectStore(*m_session.db).read(caseId);
    if (!mark) {
        showMark(false, mark.error());
        return;
    }
    showMark(
        mark->serious,
        mark->serious
            ? tr("Marked by %1 on %2 as having caused a serious effect: a one-vote veto of the "
                 "township's year-end appraisal where the scheme says so.")
                  .arg(mark->byName, core::chineseDate(mark->on))
            : tr("Not marked as having caused a serious effect."));
}

void SeriousEffectBar::showMark(bool serious, const QString& words)
{
    const QSignalBlocker block(m_button);
    m_button->setChecked(serious);
    m_label->setText(words);
    m_label->setStyleSheet(serious ? QStringLiteral("color: #b00020; font-weight: bold;")
                                   : QString());
}

void SeriousEffectBar::toggle(bool serious)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, serious ? tr("Serious effect") : tr("Remove the serious-effect mark"),
        serious ? tr("Why did the case cause a serious effect?")
                : tr("Why does the case no longer count as a serious effect?"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        setCase(m_caseId);
        return;
    }
    const core::Status st =
        core::SeriousEffectStore(*m_session.db).mark(m_session.actor, m_caseId, serious, reason);
    setCase(m_caseId);
    if (!st) {
        QMessageBox::warning(this, tr("Serious effect"), st.error());
        return;
    }
    Q_EMIT marked();
}

} // namespace youfu::ui
