// Chuỗi của một lần đến thư viện qua nhiều dịch vụ: phiếu tóm tắt lần đến (trên màn hình và trên giấy).
export const visit = {
  slip: {
    offer: 'In phiếu tóm tắt lần đến hôm nay',
    hint: 'Một phiếu ghi những gì bạn đã làm hôm nay: số, giờ và địa điểm. Không có tên và thông tin sức khỏe.',
    printing: 'Đang in…',
    printed: 'Phiếu tóm tắt lần đến của bạn đang được in. Xin hãy lấy phiếu.',
    desk: 'Phiếu tóm tắt lần đến của bạn sẽ được in tại quầy.',
  },
  print: {
    title: 'Lần đến hôm nay của bạn',
    keep: 'Hãy giữ phiếu này. Đưa các số của bạn cho nhân viên tại quầy.',
    cancelled: 'Đã hủy',
    groceryTitle: 'Books & Bread: thực phẩm',
    orderNumber: 'Số đơn hàng',
    pickup: 'Nhận hàng',
    where: 'Ở đâu',
    frontDesk: '{{branch}}, quầy chính',
    mentorTitle: 'Hive: gặp người cố vấn',
    workshopTitle: 'Hive: {{title}}',
    /** A day and a time range on the slip. */
    dateTime: '{{date}}, {{time}}',
    when: 'Khi nào',
    mentor: 'Người cố vấn',
    room: 'Phòng',
    seat: 'Bạn có một chỗ.',
    waitlisted: 'Trong danh sách chờ: số {{position}}. Chưa có chỗ.',
    nurseTitle: 'Y tá thư viện',
    queueNumber: 'Số của bạn',
    watch: 'Hãy xem màn hình để biết số của bạn.',
  },
  errors: {
    'slip-unavailable': 'Không thể in phiếu tóm tắt lần đến ở đây nữa. Mọi việc bạn đã làm hôm nay vẫn được giữ nguyên.',
  },
};
