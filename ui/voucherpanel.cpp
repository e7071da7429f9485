#include "voucherpanel.h"

#include "../models/domain/money.h"
#include "../models/domain/voucherworkflow.h"
#include "../models/storage/database.h"
#include "../models/storage/settingsrepository.h"
#include "../models/storage/voucherrepository.h"
#include "voucherstepdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubdesk {

namespace {

// The buttons in workflow order, each with the status it leads to.
const char *const StepStatus[] = {"approved", "claimed", "paid", "rejected", "cancelled"};

} // namespace

VoucherPanel::VoucherPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_repository(std::make_unique<VoucherRepository>(db))
{
    m_funds = new QLabel(this);
    m_funds->setTextFormat(Qt::PlainText);
    m_funds->setWordWrap(true);
    m_funds->setAccessibleName(tr("Voucher cap and budget"));
    m_funds->setMinimumHeight(m_funds->fontMetrics().lineSpacing() * 2 + 4);
    auto *row = new QHBoxLayout;
    for (int i = 0; i < 5; ++i) {
        auto *b = new QPushButton(VoucherStepDialog::title(static_cast<VoucherStepDialog::Step>(i)), this);
        b->setEnabled(false);
        row->addWidget(b);
        m_buttons.append(b);
        connect(b, &QPushButton::clicked, this, [this, i] { take(i); });
    }
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_funds);
    layout->addLayout(row);
}

VoucherPanel::~VoucherPanel() = default;

QPushButton *VoucherPanel::button(const QString &status) const
{
    for (int i = 0; i < 5; ++i) {
        if (status == QLatin1String(StepStatus[i]))
            return m_buttons.at(i);
    }
    return nullptr;
}

void VoucherPanel::setVoucher(const Record &voucher)
{
    m_voucher = voucher;
    const QString status = voucher.text(QStringLiteral("status"));
    for (int i = 0; i < 5; ++i)
        m_buttons.at(i)->setEnabled(voucher.id > 0 && !m_db.isReadOnly()
                                    && VoucherWorkflow::isAllowed(status, QLatin1String(StepStatus[i])));
    updateFunds();
}

QString VoucherPanel::fundsText() const
{
    return m_funds->text();
}

void VoucherPanel::updateFunds()
{
    const QString currency = SettingsRepository(m_db).currency();
    const qint64 startup = m_voucher.integer(QStringLiteral("startup_id"));
    const VoucherRepository::Funds f = m_repository->funds(startup, m_voucher.id);
    QStringList lines;
    if (startup > 0)
        lines.append(f.capCents > 0 ? tr("Cap per startup %1: %2 left (%3 held by its other vouchers).")
                                          .arg(Money::format(f.capCents, currency),
                                               Money::format(f.capRemaining(), currency),
                                               Money::format(f.startupCommittedCents, currency))
                                    : tr("No voucher cap per startup is set (Settings)."));
    lines.append(f.budgetCents > 0 ? tr("Programme budget %1: %2 left.")
                                         .arg(Money::format(f.budgetCents, currency),
                                              Money::format(f.budgetRemaining(), currency))
                                   : tr("No programme voucher budget is set (Settings)."));
    m_funds->setText(lines.join(QLatin1Char('\n')));
}

void VoucherPanel::take(int index)
{
    const auto step = static_cast<VoucherStepDialog::Step>(index);
    qint64 suggested = 0;
    if (step == VoucherStepDialog::Step::Approve)
        suggested = m_voucher.integer(QStringLiteral("requested_cents"));
    else if (step == VoucherStepDialog::Step::Claim)
        suggested = m_voucher.integer(QStringLiteral("approved_cents"));
    else if (step == VoucherStepDialog::Step::Pay)
        suggested = qMin(m_voucher.integer(QStringLiteral("claimed_cents")), m_voucher.integer(QStringLiteral("approved_cents")));
    VoucherStepDialog dialog(step, m_voucher.text(QStringLiteral("number")), suggested,
                             SettingsRepository(m_db).currency(), m_funds->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Record v = m_voucher;
    Error e;
    switch (step) {
    case VoucherStepDialog::Step::Approve:
        e = m_repository->approve(v, dialog.amountCents(), dialog.date());
        break;
    case VoucherStepDialog::Step::Claim:
        e = m_repository->markClaimed(v, dialog.amountCents(), dialog.date(), dialog.receiptsReceived(), dialog.reason());
        break;
    case VoucherStepDialog::Step::Pay:
        e = m_repository->markPaid(v, dialog.amountCents(), dialog.date());
        break;
    case VoucherStepDialog::Step::Reject:
        e = m_repository->reject(v, dialog.reason(), dialog.date());
        break;
    case VoucherStepDialog::Step::Cancel:
        e = m_repository->cancel(v, dialog.reason(), dialog.date());
        break;
    }
    if (e) {
        emit failed(e.message);
        return;
    }
    setVoucher(v);
    emit stepped(v);
}

} // namespace hubdesk
