#include "voucherstepdialog.h"

#include "../models/domain/money.h"
#include "datefield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hubdesk {

QString VoucherStepDialog::title(Step step)
{
    switch (step) {
    case Step::Approve:
        return tr("Approve");
    case Step::Claim:
        return tr("Mark claimed");
    case Step::Pay:
        return tr("Mark paid");
    case Step::Reject:
        return tr("Reject");
    case Step::Cancel:
        return tr("Cancel voucher");
    }
    return {};
}

VoucherStepDialog::VoucherStepDialog(Step step, const QString &number, qint64 suggestedCents, const QString &currency,
                                     const QString &fundsText, QWidget *parent)
    : QDialog(parent)
    , m_step(step)
{
    setWindowTitle(tr("%1 — voucher %2").arg(title(step), number));
    auto *form = new QFormLayout;
    if (!fundsText.isEmpty()) {
        auto *funds = new QLabel(fundsText, this);
        funds->setTextFormat(Qt::PlainText);
        funds->setWordWrap(true);
        form->addRow(funds);
    }
    const bool money = step == Step::Approve || step == Step::Claim || step == Step::Pay;
    if (money) {
        m_amount = new QLineEdit(Money::format(suggestedCents, QString()), this);
        m_amount->setAlignment(Qt::AlignRight);
        m_amount->setAccessibleName(tr("Amount in %1").arg(currency));
        const QString label = step == Step::Approve ? tr("Amount approved (%1):")
                              : step == Step::Claim ? tr("Amount claimed (%1):")
                                                    : tr("Amount paid (%1):");
        form->addRow(label.arg(currency), m_amount);
        connect(m_amount, &QLineEdit::textChanged, this, &VoucherStepDialog::check);
    }
    m_date = new DateField(this);
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);
    connect(m_date, &DateField::edited, this, &VoucherStepDialog::check);
    if (step == Step::Claim) {
        m_receipts = new QCheckBox(tr("Receipts received"), this);
        m_receipts->setChecked(true);
        form->addRow(QString(), m_receipts);
        connect(m_receipts, &QCheckBox::toggled, this, &VoucherStepDialog::check);
    }
    if (step == Step::Claim || step == Step::Reject || step == Step::Cancel) {
        m_reason = new QLineEdit(this);
        m_reason->setAccessibleName(step == Step::Claim ? tr("Reason to accept the claim without receipts") : tr("Reason"));
        form->addRow(step == Step::Claim ? tr("Without receipts, because:") : tr("Reason:"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &VoucherStepDialog::check);
    }
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    form->addRow(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(title(step));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    check();
}

qint64 VoucherStepDialog::amountCents() const
{
    qint64 cents = 0;
    if (m_amount)
        Money::parse(m_amount->text(), &cents);
    return cents;
}

QDate VoucherStepDialog::date() const
{
    return m_date->date();
}

bool VoucherStepDialog::receiptsReceived() const
{
    return m_receipts && m_receipts->isChecked();
}

QString VoucherStepDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

// Only what the dialog itself can know; the workflow, the cap and the budget are
// checked when the step is saved, and their message is shown then.
void VoucherStepDialog::check()
{
    QString problem;
    qint64 cents = 0;
    if (m_amount && !Money::parse(m_amount->text(), &cents))
        problem = tr("“%1” is not an amount.").arg(m_amount->text());
    else if (m_amount && cents < 0)
        problem = tr("The amount cannot be negative.");
    else if (!m_date->date().isValid())
        problem = tr("Give the date.");
    else if ((m_step == Step::Reject || m_step == Step::Cancel) && reason().isEmpty())
        problem = tr("Give the reason; it goes into the voucher's history and the grant report.");
    else if (m_step == Step::Claim && !receiptsReceived() && reason().isEmpty())
        problem = tr("Without receipts, give the reason to accept the claim.");
    m_problem->setText(problem.isEmpty() ? QString() : QStringLiteral("⚠ ") + problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace hubdesk
