<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ColourScheme</name>
    <message>
        <source>标准配色</source>
        <translation>Standard colours</translation>
    </message>
    <message>
        <source>深色高对比</source>
        <translation>Dark, high contrast</translation>
    </message>
    <message>
        <source>浅色高对比</source>
        <translation>Light, high contrast</translation>
    </message>
</context>
<context>
    <name>CounterEvaluator</name>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>办事效率低、超时办结</source>
        <translation>Slow, or later than promised</translation>
    </message>
    <message>
        <source>服务态度差</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <source>多次跑动</source>
        <translation>Had to come many times</translation>
    </message>
    <message>
        <source>材料要求不清、未一次性告知</source>
        <translation>Unclear what papers to bring</translation>
    </message>
    <message>
        <source>要求提供不必要的材料或证明</source>
        <translation>Asked for needless papers</translation>
    </message>
    <message>
        <source>排队等候时间长</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>事情没有办成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>系统或设备故障</source>
        <translation>System or machine fault</translation>
    </message>
    <message>
        <source>违规收费</source>
        <translation>Improper fees</translation>
    </message>
    <message>
        <source>指引不清、办事环境差</source>
        <translation>Poor signs or hall</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>没有待评价的服务。</source>
        <translation>There is no service to rate.</translation>
    </message>
    <message>
        <source>请选择一个评价等级。</source>
        <translation>Please choose a rating.</translation>
    </message>
    <message>
        <source>请选择至少一个不满意的原因，或写下您的意见。</source>
        <translation>Please choose at least one reason, or write what went wrong.</translation>
    </message>
    <message>
        <source>选择了“其他”，请写下具体意见。</source>
        <translation>You chose “Other”: please write what went wrong.</translation>
    </message>
    <message>
        <source>意见请写在{n}字以内。</source>
        <translation>Please keep your comment within {n} characters.</translation>
    </message>
    <message>
        <source>服务评价</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>欢迎评价我们的服务</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <source>请告诉我们哪里做得不好（可多选）</source>
        <translation>Tell us what went wrong (choose any)</translation>
    </message>
    <message>
        <source>意见建议（可不填）</source>
        <translation>Comments (optional)</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <source>暂不评价</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>请对本次服务进行评价</source>
        <translation>How was this service?</translation>
    </message>
    <message>
        <source>{window}号窗口 {clerk}</source>
        <translation>window {window}, {clerk}</translation>
    </message>
    <message>
        <source>{service}&#x3000;办件编号 {case_no}&#x3000;服务人员：{who}</source>
        <translation>{service}&#x3000;Case {case_no}&#x3000;Served by {who}</translation>
    </message>
    <message>
        <source>办理结束后可在这里评价；也可扫描受理凭证上的二维码评价。</source>
        <translation>Rate us here when you are done, or scan the QR code on your receipt.</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>我们会认真核实，并在{days}个工作日内整改、回复。</source>
        <translation>We will look into it, put it right and reply within {days} working days.</translation>
    </message>
    <message>
        <source>祝您生活愉快。</source>
        <translation>Have a good day.</translation>
    </message>
</context>
<context>
    <name>CounterMessage</name>
    <message>
        <source>关闭提示（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>未完成：</source>
        <translation>Not done: </translation>
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>欢迎来到{hall}</source>
        <translation>Welcome to {hall}</translation>
    </message>
    <message>
        <source>办公时间：{hours}</source>
        <translation>Opening hours: {hours}</translation>
    </message>
    <message>
        <source>请留意叫号，过号请到窗口说明</source>
        <translation>Watch for your number; if you missed it, tell a window</translation>
    </message>
    <message>
        <source>老年人、残疾人、孕妇可走绿色通道；帮办代办窗口免费代办</source>
        <translation>Elders, disabled and pregnant people: use the green channel; the help window applies for you, free</translation>
    </message>
    <message>
        <source>办事遇到困难，请到“办不成事”反映窗口</source>
        <translation>Could not get it done? Tell the “Not done” window</translation>
    </message>
    <message>
        <source>24小时自助服务区可查询办件进度、打印证明</source>
        <translation>24-hour self-service: follow a case, print a certificate</translation>
    </message>
    <message>
        <source>不收费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>当场办结</source>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>承诺{days}个工作日</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <source>承诺{days}天</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>{window}号窗口</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Queue board</translation>
    </message>
    <message>
        <source>正在叫号</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>请准备</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>政务公开</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>请 {number} 号 到 {window} 号窗口</source>
        <translation>{number} to window {window}</translation>
    </message>
    <message>
        <source>正在叫号 · {category}</source>
        <translation>Now calling · {category}</translation>
    </message>
    <message>
        <source>欢迎光临</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>请取号后留意叫号</source>
        <translation>Take a number, then watch for it here</translation>
    </message>
    <message>
        <source>今天还没有叫号</source>
        <translation>No calls yet today</translation>
    </message>
    <message>
        <source>{category} {n}人：{numbers}</source>
        <translation>{category} ({n} waiting): {numbers}</translation>
    </message>
    <message>
        <source>目前没有人等候</source>
        <translation>Nobody is waiting</translation>
    </message>
</context>
<context>
    <name>KioskCases</name>
    <message>
        <source>收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>审查</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>审查中</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>待补正</source>
        <translation>Papers missing</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>不予批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>请到综合窗口核验材料后正式受理</source>
        <translation>Bring your papers to a window to be checked and accepted</translation>
    </message>
    <message>
        <source>材料已收齐，正在转交审批</source>
        <translation>All papers are in; passing it on for approval</translation>
    </message>
    <message>
        <source>审批部门正在审查，请留意短信通知</source>
        <translation>The department is reviewing it; watch for a text message</translation>
    </message>
    <message>
        <source>请按补正告知书一次补齐材料后到窗口提交</source>
        <translation>Bring all the papers the notice asks for to a window</translation>
    </message>
    <message>
        <source>已办结，请按约定方式领取结果</source>
        <translation>Done: collect the result as agreed</translation>
    </message>
    <message>
        <source>未获批准，理由见决定书，可依法申请复议</source>
        <translation>Refused: the decision gives the reasons; you may appeal</translation>
    </message>
    <message>
        <source>不予受理，理由、有权办理的机关和救济途径见不予受理通知书</source>
        <translation>Not accepted: the notice says why, who can handle it and how to appeal</translation>
    </message>
    <message>
        <source>申请已撤回</source>
        <translation>The application was withdrawn</translation>
    </message>
    <message>
        <source>{year}年{month}{day}日</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>办件查询</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <source>办件编号是20位数字，您输入了{n}位，请核对受理凭证</source>
        <translation>A case number has 20 digits; you typed {n}. Check your receipt.</translation>
    </message>
    <message>
        <source>这个办件编号有一位不对，请对照受理凭证再核对一遍</source>
        <translation>One digit of this case number is wrong. Check it against your receipt.</translation>
    </message>
    <message>
        <source>请把受理凭证上的二维码对准扫码口，或输入办件编号。</source>
        <translation>Hold the QR code of your receipt to the scanner, or type the case number.</translation>
    </message>
    <message>
        <source>已经完成：{steps}。</source>
        <translation>Done: {steps}. </translation>
    </message>
    <message>
        <source>现在在{step}这一步。</source>
        <translation>Now at: {step}. </translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>{name}（{id}）</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>当前状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>（节假日安排公布后可能调整）</source>
        <translation> (may change once the holidays are published)</translation>
    </message>
    <message>
        <source>承诺办结</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>{date}前{note}</source>
        <translation>{date}{note}</translation>
    </message>
    <message>
        <source>还缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{key}：{value}。</source>
        <translation>{key}: {value}. </translation>
    </message>
    <message>
        <source>没有查到您的办件。</source>
        <translation>No cases found for you. </translation>
    </message>
    <message>
        <source>查到{n}件办件。</source>
        <translation>Cases found: {n}. </translation>
    </message>
    <message>
        <source>{item}，{state}。</source>
        <translation>{item}, {state}. </translation>
    </message>
    <message>
        <source>请扫描受理凭证上的二维码，或在下面输入20位办件编号，也可以刷身份证查看您的全部办件。</source>
        <translation>Scan the QR code on your receipt, type the 20-digit case number below, or tap your ID card to see all your cases. </translation>
    </message>
    <message>
        <source>三种方法任选一种：</source>
        <translation>Any one of three ways:</translation>
    </message>
    <message>
        <source>把受理凭证上的二维码对准扫码口</source>
        <translation>Hold your receipt&apos;s QR code to the scanner</translation>
    </message>
    <message>
        <source>把身份证放在读卡区，查看您的全部办件</source>
        <translation>Put your ID card on the reader to see all your cases</translation>
    </message>
    <message>
        <source>在下面输入20位办件编号</source>
        <translation>Type the 20-digit case number below</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translation>Looking it up…</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>您的办件</source>
        <translation>Your cases</translation>
    </message>
    <message>
        <source>没有查到您的办件。如果刚在窗口办理，请稍后再查，或点“呼叫帮办”</source>
        <translation>No cases found. If you just applied at a window, try later or tap “Get help”</translation>
    </message>
    <message>
        <source>，承诺{date}前办结</source>
        <translation>, done by {date}</translation>
    </message>
    <message>
        <source>办件进度</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{date} {time} {state}</source>
        <translation>{date} {time} {state}</translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <source>完成，回首页</source>
        <translation>Done, go home</translation>
    </message>
</context>
<context>
    <name>KioskCategory</name>
    <message>
        <source>综合业务</source>
        <translation>General</translation>
    </message>
    <message>
        <source>社保医保</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>民政残联</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <source>户籍办理</source>
        <translation>Residency</translation>
    </message>
    <message>
        <source>企业开办</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>不动产登记</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>跨省通办</source>
        <translation>Any province</translation>
    </message>
    <message>
        <source>帮办代办</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>婚姻登记</source>
        <translation>Marriage</translation>
    </message>
</context>
<context>
    <name>KioskCommon</name>
    <message>
        <source>。</source>
        <translation>. </translation>
    </message>
    <message>
        <source>您可以选择：{choices}。</source>
        <translation>You can choose: {choices}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在处理，请稍候…</source>
        <translation>Working on it, please wait…</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>第{page}/{pages}页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>{key}：</source>
        <translation>{key}:</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>KioskDisplay</name>
    <message>
        <source>长者模式</source>
        <translation>Senior mode</translation>
    </message>
    <message>
        <source>长者模式已打开，字更大，每页内容更少，点“朗读”可以听屏幕上的内容。可以选择颜色：{schemes}。</source>
        <translation>Senior mode is on: larger text, less on each page, and “Read aloud” reads the screen to you. You can choose the colours: {schemes}.</translation>
    </message>
    <message>
        <source>字更大，每一页都会读给您听；不想听可以点上方“朗读”关掉</source>
        <translation>Larger text, and every page is read to you; tap “Read” above to stop it</translation>
    </message>
    <message>
        <source>选择您看得最清楚的颜色：</source>
        <translation>Choose the colours you see best:</translation>
    </message>
    <message>
        <source>退出长者模式</source>
        <translation>Leave senior mode</translation>
    </message>
    <message>
        <source>好了</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>KioskEvaluate</name>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>办事效率低、超时办结</source>
        <translation>Slow, or later than promised</translation>
    </message>
    <message>
        <source>服务态度差</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <source>多次跑动</source>
        <translation>Had to come many times</translation>
    </message>
    <message>
        <source>材料要求不清、未一次性告知</source>
        <translation>Unclear what papers to bring</translation>
    </message>
    <message>
        <source>要求提供不必要的材料或证明</source>
        <translation>Asked for needless papers</translation>
    </message>
    <message>
        <source>排队等候时间长</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>事情没有办成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>系统或设备故障</source>
        <translation>System or machine fault</translation>
    </message>
    <message>
        <source>违规收费</source>
        <translation>Improper fees</translation>
    </message>
    <message>
        <source>指引不清、办事环境差</source>
        <translation>Poor signs or hall</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>请输入受理凭证上的20位办件编号（最后一位是校验位，请逐位核对）</source>
        <translation>Type the 20-digit case number on your receipt (the last digit is a check digit: check each digit)</translation>
    </message>
    <message>
        <source>这个二维码不能用来评价。</source>
        <translation>This QR code cannot be used to rate a service.</translation>
    </message>
    <message>
        <source>请扫描排队凭条、受理凭证或评价单上的二维码。</source>
        <translation>Scan the QR code on your queue slip, receipt or rating slip.</translation>
    </message>
    <message>
        <source>请至少选择一个不满意的原因。</source>
        <translation>Choose at least one reason.</translation>
    </message>
    <message>
        <source>我们会在15个工作日内回访整改。</source>
        <translation>We will follow up within 15 working days.</translation>
    </message>
    <message>
        <source>谢谢您告诉我们。我们会认真整改，并在15个工作日内回访。</source>
        <translation>Thank you for telling us. We will put it right and follow up within 15 working days.</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>请扫描凭条或受理凭证上的二维码，或输入办件编号。评价完全自愿，不想评价可以直接返回。</source>
        <translation>Scan the QR code on your slip or receipt, or type the case number. Rating is up to you: you can leave at any time. </translation>
    </message>
    <message>
        <source>请评价：{service}。{levels}。</source>
        <translation>Please rate: {service}. {levels}. </translation>
    </message>
    <message>
        <source>请选择不满意的原因，可以选多个：{reasons}。</source>
        <translation>What went wrong? Choose one or more: {reasons}. </translation>
    </message>
    <message>
        <source>这项服务已经评价过了，每项服务只评价一次。谢谢您。</source>
        <translation>This service has been rated already; each service is rated once. Thank you. </translation>
    </message>
    <message>
        <source>不评了，回首页</source>
        <translation>No rating, go home</translation>
    </message>
    <message>
        <source>评价完全自愿，工作人员不会干预</source>
        <translation>Rating is up to you; staff will not interfere</translation>
    </message>
    <message>
        <source>请扫描排队凭条、受理凭证或评价单上的二维码，或在下面输入办件编号</source>
        <translation>Scan the QR code on your queue slip, receipt or rating slip, or type the case number below</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>，{window}号窗口</source>
        <translation>, window {window}</translation>
    </message>
    <message>
        <source>您对这次服务满意吗？</source>
        <translation>Were you satisfied?</translation>
    </message>
    <message>
        <source>哪里不满意？</source>
        <translation>What went wrong?</translation>
    </message>
    <message>
        <source>可以选多个，我们会回访整改</source>
        <translation>Choose one or more; we will follow up</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <source>回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>这项服务已经评价过了</source>
        <translation>Already rated</translation>
    </message>
    <message>
        <source>每项服务只评价一次。如还有意见，可以到“办不成事”反映窗口。谢谢您！</source>
        <translation>Each service is rated once. For more, go to the “Problems” window. Thank you!</translation>
    </message>
</context>
<context>
    <name>KioskGuides</name>
    <message>
        <source>（如有）</source>
        <translation> (if you have it)</translation>
    </message>
    <message>
        <source>（可容缺后补）</source>
        <translation> (may come later)</translation>
    </message>
    <message>
        <source>{material} {form}{copies}份{need}</source>
        <translation>{material}: {form} ×{copies}{need}</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>。要求：{requirement}</source>
        <translation>. Required: {requirement}</translation>
    </message>
    <message>
        <source>原件</source>
        <translation>original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>原件和复印件</source>
        <translation>original and copy</translation>
    </message>
    <message>
        <source>在自助机或窗口刷身份证即可</source>
        <translation>just swipe your ID card here or at a window</translation>
    </message>
    <message>
        <source>可出示{licence}电子证照</source>
        <translation>or show the e-licence {licence}</translation>
    </message>
    <message>
        <source>工作人员可通过数据共享调取，不用带</source>
        <translation>staff can fetch it from shared data: no need to bring it</translation>
    </message>
    <message>
        <source>可签告知承诺书代替</source>
        <translation>or sign a pledge instead</translation>
    </message>
    <message>
        <source>有就带</source>
        <translation>bring it if you have it</translation>
    </message>
    <message>
        <source>可容缺后补</source>
        <translation>may come later</translation>
    </message>
    <message>
        <source>{copies}份</source>
        <translation>×{copies}</translation>
    </message>
    <message>
        <source>材料齐全的，当场办结</source>
        <translation>Done on the spot if nothing is missing</translation>
    </message>
    <message>
        <source>承诺{days}个工作日内办结（法定{legal}个工作日）</source>
        <translation>Within {days} working days (by law {legal})</translation>
    </message>
    <message>
        <source>承诺{days}天内办结（法定{legal}天）</source>
        <translation>Within {days} days (by law {legal})</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；另需{extra}，不计入办结时限</source>
        <translation>; plus {extra}, not counted</translation>
    </message>
    <message>
        <source>{name}{days}个工作日</source>
        <translation>{name} {days} working days</translation>
    </message>
    <message>
        <source>{name}{days}天</source>
        <translation>{name} {days} days</translation>
    </message>
    <message>
        <source>地点：{address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>时间：{hours}</source>
        <translation>Hours: {hours}</translation>
    </message>
    <message>
        <source>也可以到：{points}</source>
        <translation>Also at: {points}</translation>
    </message>
    <message>
        <source>要带什么</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>到哪里办</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>要多长时间</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>收不收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>不收费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>办理条件</source>
        <translation>Who may apply</translation>
    </message>
    <message>
        <source>办理流程</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>What you get</translation>
    </message>
    <message>
        <source>申请表格</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>（在屏幕上填写）</source>
        <translation> (filled in on screen)</translation>
    </message>
    <message>
        <source>不予批准的情形</source>
        <translation>When it is refused</translation>
    </message>
    <message>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>咨询和投诉</source>
        <translation>Ask or complain</translation>
    </message>
    <message>
        <source>咨询电话：{phone}</source>
        <translation>Questions: {phone}</translation>
    </message>
    <message>
        <source>投诉电话：{phone}</source>
        <translation>Complaints: {phone}</translation>
    </message>
    <message>
        <source>交通：{transport}</source>
        <translation>Getting there: {transport}</translation>
    </message>
    <message>
        <source>特殊环节</source>
        <translation>Extra steps</translation>
    </message>
    <message>
        <source>{name}：{days}个工作日，不计入办结时限</source>
        <translation>{name}: {days} working days, not counted</translation>
    </message>
    <message>
        <source>{name}：{days}天，不计入办结时限</source>
        <translation>{name}: {days} days, not counted</translation>
    </message>
    <message>
        <source>【办事指南】{item}</source>
        <translation>[Service guide] {item}</translation>
    </message>
    <message>
        <source>{title}：</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>……详情请咨询上面的电话</source>
        <translation>… more: call the number above</translation>
    </message>
    <message>
        <source>{item}。</source>
        <translation>{item}. </translation>
    </message>
    <message>
        <source>{title}：{lines}。</source>
        <translation>{title}: {lines}. </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>按人生大事</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>按部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>个人办事</source>
        <translation>For residents</translation>
    </message>
    <message>
        <source>法人办事</source>
        <translation>For businesses</translation>
    </message>
    <message>
        <source>出生</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>上学</source>
        <translation>School</translation>
    </message>
    <message>
        <source>就业</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>婚育</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>居住</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>就医</source>
        <translation>Health care</translation>
    </message>
    <message>
        <source>救助</source>
        <translation>Social aid</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>养老</source>
        <translation>Old age</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>身后</source>
        <translation>After a death</translation>
    </message>
    <message>
        <source>企业开办</source>
        <translation>Start a business</translation>
    </message>
    <message>
        <source>经营</source>
        <translation>Run a business</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Closing down</translation>
    </message>
    <message>
        <source>办事指南</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <source>正在打印办事指南…</source>
        <translation>Printing the guide…</translation>
    </message>
    <message>
        <source>已打印，请取走下方的指南</source>
        <translation>Printed: take the guide below</translation>
    </message>
    <message>
        <source>打印机暂时不能打印，可以扫二维码把指南存到手机上</source>
        <translation>The printer is not working. Scan the QR code to keep the guide.</translation>
    </message>
    <message>
        <source>更多内容。</source>
        <translation>More. </translation>
    </message>
    <message>
        <source>{group}。</source>
        <translation>{group}. </translation>
    </message>
    <message>
        <source>请用屏幕上的字母输入事项名称的拼音首字母，例如户口迁移输入 h k q y。</source>
        <translation>Type the pinyin initials of the item&apos;s name with the letters on the screen, for example h k q y for moving your household registration. </translation>
    </message>
    <message>
        <source>{heading}。</source>
        <translation>{heading}. </translation>
    </message>
    <message>
        <source>请选择您要办的事情属于哪一类。</source>
        <translation>Choose what your matter is about. </translation>
    </message>
    <message>
        <source>正在打开办事指南…</source>
        <translation>Opening the guides…</translation>
    </message>
    <message>
        <source>要带什么、去哪办、多久办好、收不收费</source>
        <translation>What to bring, where, how long, fees</translation>
    </message>
    <message>
        <source>{group}（{count}项）</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>点上面的输入框，用屏幕上的拼音键盘输入汉字，例如“津贴”</source>
        <translation>Tap the box above and type Chinese with the on-screen pinyin keys</translation>
    </message>
    <message>
        <source>用拼音首字母找事项：例如“高龄津贴”输入 g l j t</source>
        <translation>Type pinyin initials: g l j t finds the old-age allowance</translation>
    </message>
    <message>
        <source>没有找到，换几个字试试，或点“呼叫帮办”</source>
        <translation>Nothing found. Try other letters, or tap “Get help”</translation>
    </message>
    <message>
        <source>改用字母键</source>
        <translation>Use letters</translation>
    </message>
    <message>
        <source>输入汉字</source>
        <translation>Type Chinese</translation>
    </message>
    <message>
        <source>请选择要了解的事项</source>
        <translation>Choose an item</translation>
    </message>
    <message>
        <source>还想了解什么？点一下打开：</source>
        <translation>What else? Tap to open:</translation>
    </message>
    <message>
        <source>用手机微信“扫一扫”，把这份指南存到手机上（不用上网）</source>
        <translation>Scan with WeChat to keep this guide on your phone (no internet needed)</translation>
    </message>
    <message>
        <source>在这里办</source>
        <translation>Apply here</translation>
    </message>
    <message>
        <source>打印指南</source>
        <translation>Print guide</translation>
    </message>
    <message>
        <source>回到要点</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>更多内容</source>
        <translation>More</translation>
    </message>
    <message>
        <source>收起二维码</source>
        <translation>Hide QR code</translation>
    </message>
    <message>
        <source>存到手机</source>
        <translation>To my phone</translation>
    </message>
    <message>
        <source>不用带材料</source>
        <translation>Nothing to bring</translation>
    </message>
</context>
<context>
    <name>KioskHelper</name>
    <message>
        <source>查办事指南</source>
        <translation>Read service guides</translation>
    </message>
    <message>
        <source>查办件进度</source>
        <translation>Track a case</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>呼叫帮办</source>
        <translation>Get help</translation>
    </message>
    <message>
        <source>呼叫没有发出去。请到大厅的咨询导办台找工作人员，或请身边的人帮忙叫一下。</source>
        <translation>The call did not go out. Ask at the hall&apos;s help desk, or ask someone near you to call staff.</translation>
    </message>
    <message>
        <source>正在呼叫工作人员…</source>
        <translation>Calling staff…</translation>
    </message>
    <message>
        <source>工作人员已收到，正在赶来，请在这里稍等。</source>
        <translation>Staff got your call and are coming. Please wait here.</translation>
    </message>
    <message>
        <source>已通知工作人员，马上就来，请在这台机器旁稍等。</source>
        <translation>Staff have been told and will come soon. Please wait by this machine.</translation>
    </message>
    <message>
        <source>呼叫时间 {time}，本机：{kiosk}</source>
        <translation>Called at {time} from {kiosk}</translation>
    </message>
    <message>
        <source>现在是下班时间，大厅里没有工作人员值班，呼叫不会有人来。</source>
        <translation>The hall is closed. No staff are on duty, so nobody would come.</translation>
    </message>
    <message>
        <source>今天{time}</source>
        <translation>today at {time}</translation>
    </message>
    <message>
        <source>{day}{time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>{when}上班后，请到大厅咨询导办台找工作人员。</source>
        <translation>When the hall opens {when}, ask at the help desk.</translation>
    </message>
    <message>
        <source>有急事可以打电话：{phone}</source>
        <translation>If it is urgent, call {phone}</translation>
    </message>
    <message>
        <source>现在在这台机器上您可以：</source>
        <translation>On this machine you can now:</translation>
    </message>
    <message>
        <source>回首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>回到刚才的页面</source>
        <translation>Back to where I was</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>取号</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>排队取号，到窗口办理</source>
        <translation>Queue for a service window</translation>
    </message>
    <message>
        <source>个人办事</source>
        <translation>For residents</translation>
    </message>
    <message>
        <source>户口、社保、养老、婚育</source>
        <translation>Residence, pensions, family</translation>
    </message>
    <message>
        <source>法人办事</source>
        <translation>For businesses</translation>
    </message>
    <message>
        <source>企业开办、变更、注销</source>
        <translation>Open, change, close a firm</translation>
    </message>
    <message>
        <source>办件查询</source>
        <translation>Track a case</translation>
    </message>
    <message>
        <source>查办理进度</source>
        <translation>See how far it has got</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>简单事项在这里办</source>
        <translation>Simple matters done here</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Rate us</translation>
    </message>
    <message>
        <source>评价我们的服务</source>
        <translation>Tell us how we did</translation>
    </message>
    <message>
        <source>服务网点</source>
        <translation>Service points</translation>
    </message>
    <message>
        <source>附近还能去哪里办</source>
        <translation>Other places nearby</translation>
    </message>
    <message>
        <source>刷身份证 / 扫码</source>
        <translation>ID card / QR code</translation>
    </message>
    <message>
        <source>查办件、预约取号、评价</source>
        <translation>Cases, bookings, ratings</translation>
    </message>
    <message>
        <source>把身份证放在读卡区，或把凭证、预约码上的二维码对准扫码口：查办件、预约取号、评价都可以</source>
        <translation>Place your ID card on the reader, or hold the QR code of a receipt or booking to the scanner: to track a case, check in a booking or rate us</translation>
    </message>
    <message>
        <source>欢迎办理政务服务</source>
        <translation>Welcome to the government service hall</translation>
    </message>
    <message>
        <source>窗口已下班，现在不能取号</source>
        <translation>The windows are closed: no numbers now</translation>
    </message>
    <message>
        <source>现在不能取号，{time}上班后再来取号</source>
        <translation>No numbers now: come back after {time}</translation>
    </message>
    <message>
        <source>现在不能取号，{day}{time}上班后再来取号</source>
        <translation>No numbers now: come back {day} after {time}</translation>
    </message>
    <message>
        <source>现在有 {n} 人在等候</source>
        <translation>{n} people waiting now</translation>
    </message>
    <message>
        <source>现在不用排队</source>
        <translation>No queue right now</translation>
    </message>
    <message>
        <source>正在读取大厅状态…</source>
        <translation>Reading the hall&apos;s status…</translation>
    </message>
    <message>
        <source>现在没有人排队</source>
        <translation>Nobody is queuing now</translation>
    </message>
    <message>
        <source>自助机24小时可用：查指南、查进度、自助办理</source>
        <translation>This machine works 24 hours: guides, case tracking, self-service</translation>
    </message>
    <message>
        <source>已读取身份证。请先选择要办的事，例如取号或自助办理。</source>
        <translation>ID card read. First choose what you want to do, such as take a number or self-service.</translation>
    </message>
    <message>
        <source>欢迎使用自助服务机</source>
        <translation>Welcome to the self-service machine</translation>
    </message>
    <message>
        <source>刷身份证或扫码：{what}</source>
        <translation>ID card or QR code: {what}</translation>
    </message>
    <message>
        <source>已读取身份证。请先选择要办的事，例如“取号”或“自助办理”。</source>
        <translation>ID card read. First choose what you want to do, such as &quot;Take a number&quot; or &quot;Self-service&quot;.</translation>
    </message>
    <message>
        <source>24小时自助服务 · 遇到困难请点上方“呼叫帮办”</source>
        <translation>Self-service 24 hours · Need help? Tap &quot;Get help&quot; above</translation>
    </message>
</context>
<context>
    <name>KioskHours</name>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>1月</source>
        <translation>January</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>February</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>March</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>April</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>June</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>July</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>August</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>September</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>October</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>November</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{month}{day}日</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{date}（{weekday}）</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>{window}号窗口</source>
        <translation>Window {window}</translation>
    </message>
    <message>
        <source>{category}类业务</source>
        <translation>{category} services</translation>
    </message>
    <message>
        <source>全厅</source>
        <translation>The hall</translation>
    </message>
    <message>
        <source>周末延时服务中</source>
        <translation>Open for weekend hours</translation>
    </message>
    <message>
        <source>窗口办理中</source>
        <translation>Windows open</translation>
    </message>
    <message>
        <source>{state}，{time}午间休息</source>
        <translation>{state}, lunch break at {time}</translation>
    </message>
    <message>
        <source>{state}，今天{time}结束</source>
        <translation>{state} until {time} today</translation>
    </message>
    <message>
        <source>{scope}暂停办理（{reason}）</source>
        <translation>{scope} closed for now ({reason})</translation>
    </message>
    <message>
        <source>午间休息</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>法定节假日休息</source>
        <translation>Closed for the public holiday</translation>
    </message>
    <message>
        <source>窗口已下班</source>
        <translation>Windows closed</translation>
    </message>
    <message>
        <source>{state}，{time}开始办理</source>
        <translation>{state}, open again at {time}</translation>
    </message>
    <message>
        <source>{state}，{day}{time}上班</source>
        <translation>{state}, open again {day} at {time}</translation>
    </message>
</context>
<context>
    <name>KioskOutOfService</name>
    <message>
        <source>自助机正在维护</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>请到窗口办理，或稍后再来。</source>
        <translation>Please go to a service window, or come back later.</translation>
    </message>
    <message>
        <source>技术人员：{problem}</source>
        <translation>Technician: {problem}</translation>
    </message>
    <message>
        <source>本机暂时无法读取数据，正在自动重试。</source>
        <translation>This kiosk cannot read its data right now; it keeps trying.</translation>
    </message>
    <message>
        <source>本机设备尚未配置好，暂停自助服务。</source>
        <translation>This kiosk&apos;s devices are not set up yet: self-service is paused.</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Out of service</translation>
    </message>
</context>
<context>
    <name>KioskPaused</name>
    <message>
        <source>暂停服务</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>本机暂停自助服务。</source>
        <translation>This kiosk is paused.</translation>
    </message>
    <message>
        <source>请到窗口办理，或稍后再来。</source>
        <translation>Please go to a service window, or come back later.</translation>
    </message>
</context>
<context>
    <name>KioskPoints</name>
    <message>
        <source>服务网点</source>
        <translation>Service points</translation>
    </message>
    <message>
        <source>（就是这里）</source>
        <translation> (you are here)</translation>
    </message>
    <message>
        <source>地址：{address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>电话：{phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>时间：{hours}</source>
        <translation>Hours: {hours}</translation>
    </message>
    <message>
        <source>{lines}。</source>
        <translation>{lines}. </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>这些地方也能办理，就近办、少跑路</source>
        <translation>You can also do it at these places, nearer home</translation>
    </message>
</context>
<context>
    <name>KioskPriority</name>
    <message>
        <source>老年人优先</source>
        <translation>Senior priority</translation>
    </message>
    <message>
        <source>残疾人优先</source>
        <translation>Disability priority</translation>
    </message>
    <message>
        <source>孕妇优先</source>
        <translation>Pregnancy priority</translation>
    </message>
    <message>
        <source>军人优先</source>
        <translation>Military priority</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Regular</translation>
    </message>
</context>
<context>
    <name>KioskSpeech</name>
    <message>
        <source>零</source>
        <translation>zero</translation>
    </message>
    <message>
        <source>一</source>
        <translation>one</translation>
    </message>
    <message>
        <source>二</source>
        <translation>two</translation>
    </message>
    <message>
        <source>三</source>
        <translation>three</translation>
    </message>
    <message>
        <source>四</source>
        <translation>four</translation>
    </message>
    <message>
        <source>五</source>
        <translation>five</translation>
    </message>
    <message>
        <source>六</source>
        <translation>six</translation>
    </message>
    <message>
        <source>七</source>
        <translation>seven</translation>
    </message>
    <message>
        <source>八</source>
        <translation>eight</translation>
    </message>
    <message>
        <source>九</source>
        <translation>nine</translation>
    </message>
</context>
<context>
    <name>KioskTechnician</name>
    <message>
        <source>身份证读卡器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>凭条打印机</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <source>扫码器</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>语音</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>不可用</source>
        <translation>Not working</translation>
    </message>
    <message>
        <source>技术员</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>本机没有设置技术员密码，不能退出（在配置 [kiosk] technician_pin_hash 中设置）</source>
        <translation>No technician PIN is set: the kiosk cannot be left (set [kiosk] technician_pin_hash)</translation>
    </message>
    <message>
        <source>本机没有设置技术员密码，不能退出</source>
        <translation>No technician PIN is set: the kiosk cannot be left</translation>
    </message>
    <message>
        <source>密码不对</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>密码错误次数过多，请 {seconds} 秒后再试</source>
        <translation>Too many wrong PINs: try again in {seconds} s</translation>
    </message>
    <message>
        <source>未配置</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <source>{state}（{reason}）</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>{device}：{state}</source>
        <translation>{device}: {state}</translation>
    </message>
    <message>
        <source>技术员维护</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>请输入技术员密码：{pin}</source>
        <translation>Technician PIN: {pin}</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>返回服务</source>
        <translation>Back to service</translation>
    </message>
    <message>
        <source>退出自助机程序</source>
        <translation>Quit the kiosk</translation>
    </message>
</context>
<context>
    <name>KioskTicket</name>
    <message>
        <source>请到{zone}等候区就座，留意叫号屏和语音叫号</source>
        <translation>Please wait in the {zone} area and watch the call screen</translation>
    </message>
    <message>
        <source>{n}号</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>办理窗口：{numbers}窗口</source>
        <translation>Served at windows {numbers}</translation>
    </message>
    <message>
        <source>叫号时会告诉您到哪个窗口</source>
        <translation>When you are called you will be told which window</translation>
    </message>
    <message>
        <source>综合办事区</source>
        <translation>main service</translation>
    </message>
    <message>
        <source>咨询导办区</source>
        <translation>help desk</translation>
    </message>
    <message>
        <source>我是残疾人</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>我是孕妇</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>我是军人</source>
        <translation>Military</translation>
    </message>
    <message>
        <source>查办事指南</source>
        <translation>Read service guides</translation>
    </message>
    <message>
        <source>查办件进度</source>
        <translation>Track a case</translation>
    </message>
    <message>
        <source>自助办理</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>预约 {code} 已取号：{number}号。</source>
        <translation>Booking {code} already has number {number}.</translation>
    </message>
    <message>
        <source>请留意叫号，不必再取。</source>
        <translation>Watch for your call: no need to take another.</translation>
    </message>
    <message>
        <source>您已取过{category}的号：{number}号，还在排队中。</source>
        <translation>You already have number {number} for {category}, still in the queue.</translation>
    </message>
    <message>
        <source>请留意叫号；如需办理其他业务，请选择其他类别。</source>
        <translation>Watch for your call. For another matter, choose another service.</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>窗口已下班。</source>
        <translation>The windows are closed.</translation>
    </message>
    <message>
        <source>窗口已下班，{day} {time} 上班，到时再来取号。</source>
        <translation>The windows are closed. They open {day} at {time}: come back then for a number.</translation>
    </message>
    <message>
        <source>可以刷身份证取号：年满{age}周岁自动优先（可不刷）</source>
        <translation>You may tap your ID card: at {age} or over you get priority (optional)</translation>
    </message>
    <message>
        <source>已读取身份证：{name}，{age}岁</source>
        <translation>ID card read: {name}, age {age}</translation>
    </message>
    <message>
        <source>，为您安排{priority}</source>
        <translation>. {priority} for you</translation>
    </message>
    <message>
        <source>身份证没有读出来（{reason}），请把卡平放在读卡区再试一次，或不刷卡直接取号</source>
        <translation>The ID card could not be read ({reason}). Lay it flat on the reader and try again, or take a number without it</translation>
    </message>
    <message>
        <source>您前面没有人，请留意叫号</source>
        <translation>Nobody is ahead of you: watch for your call</translation>
    </message>
    <message>
        <source>您前面还有 {ahead} 人，预计等候约 {minutes} 分钟</source>
        <translation>{ahead} ahead of you, about {minutes} min wait</translation>
    </message>
    <message>
        <source>请在等候区就座，留意叫号屏和语音叫号</source>
        <translation>Please wait in the waiting area and watch the call screen</translation>
    </message>
    <message>
        <source>正在打印凭条…</source>
        <translation>Printing your slip…</translation>
    </message>
    <message>
        <source>请取走下方的凭条，留意屏幕和语音叫号</source>
        <translation>Take your slip below and watch the call screen</translation>
    </message>
    <message>
        <source>凭条没有打出来。请记住您的号码，或用手机拍下这个屏幕</source>
        <translation>The slip did not print. Remember your number or take a photo of this screen</translation>
    </message>
    <message>
        <source>已通知工作人员，马上来处理打印机</source>
        <translation>Staff have been told and will fix the printer</translation>
    </message>
    <message>
        <source>正在通知工作人员…</source>
        <translation>Telling the staff…</translation>
    </message>
    <message>
        <source>现在您可以：{choices}。</source>
        <translation>What you can do now: {choices}.</translation>
    </message>
    <message>
        <source>您的号码是{number}，{category}</source>
        <translation>Your number is {number}, {category}</translation>
    </message>
    <message>
        <source>请选择要办理的业务</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>不用身份证取号</source>
        <translation>Without ID card</translation>
    </message>
    <message>
        <source>正在取号，请稍候…</source>
        <translation>Taking your number, please wait…</translation>
    </message>
    <message>
        <source>{category}（{prefix}）</source>
        <translation>{category} ({prefix})</translation>
    </message>
    <message>
        <source>需要优先办理？（到窗口时出示证件核实）</source>
        <translation>Need priority? (show proof at the window)</translation>
    </message>
    <message>
        <source>现在不能取号</source>
        <translation>No numbers now</translation>
    </message>
    <message>
        <source>现在在这台机器上您可以：</source>
        <translation>On this machine you can now:</translation>
    </message>
    <message>
        <source>⚠ 凭条没有打出来</source>
        <translation>⚠ The slip did not print</translation>
    </message>
    <message>
        <source>请记住您的号码，或用手机拍下这个屏幕</source>
        <translation>Remember your number or take a photo of this screen</translation>
    </message>
    <message>
        <source>取号成功</source>
        <translation>Here is your number</translation>
    </message>
    <message>
        <source>完成，回首页</source>
        <translation>Done, home</translation>
    </message>
    <message>
        <source>再取一个号</source>
        <translation>Another number</translation>
    </message>
    <message>
        <source>您已经取过号了</source>
        <translation>You already have a number</translation>
    </message>
    <message>
        <source>选其他业务</source>
        <translation>Choose another service</translation>
    </message>
    <message>
        <source>回首页</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>已打开长者模式，每一页都会读给您听</source>
        <translation>Senior mode is on: every page is read to you</translation>
    </message>
    <message>
        <source>如果还要继续，请点“继续办理”。</source>
        <translation>To carry on, tap &quot;Keep going&quot;.</translation>
    </message>
    <message>
        <source>您可以使用长者模式，字更大，还可以朗读。</source>
        <translation>You can use senior mode: larger text, and it reads aloud.</translation>
    </message>
    <message>
        <source>您还在吗？{seconds}秒后将清除您刚才的信息，回到首页。</source>
        <translation>Still there? In {seconds} seconds we clear your details and go home.</translation>
    </message>
    <message>
        <source>自助服务</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>长者模式</source>
        <translation>Senior mode</translation>
    </message>
    <message>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>朗读这一页</source>
        <translation>Read this page aloud</translation>
    </message>
    <message>
        <source>呼叫帮办</source>
        <translation>Get help</translation>
    </message>
    <message>
        <source>长者模式 ✔</source>
        <translation>Senior ✔</translation>
    </message>
    <message>
        <source>长者模式设置</source>
        <translation>Senior mode settings</translation>
    </message>
    <message>
        <source>打开长者模式</source>
        <translation>Turn on senior mode</translation>
    </message>
    <message>
        <source>朗读：开</source>
        <translation>Read: on</translation>
    </message>
    <message>
        <source>朗读：关</source>
        <translation>Read: off</translation>
    </message>
    <message>
        <source>关掉朗读</source>
        <translation>Turn reading aloud off</translation>
    </message>
    <message>
        <source>打开朗读</source>
        <translation>Turn reading aloud on</translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>您已年满{age}周岁，可以使用长者模式：字更大，还能朗读。</source>
        <translation>You are {age} or over: senior mode has larger text and reads aloud.</translation>
    </message>
    <message>
        <source>使用长者模式</source>
        <translation>Use senior mode</translation>
    </message>
    <message>
        <source>不用了</source>
        <translation>No, thanks</translation>
    </message>
    <message>
        <source>已打开长者模式。看不清可以换颜色。</source>
        <translation>Senior mode is on.</translation>
    </message>
    <message>
        <source>换颜色</source>
        <translation>Change colours</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>打印机暂时不能出凭条，取号后请记下或用手机拍下号码</source>
        <translation>The printer cannot print slips right now: after taking a number, write it down or take a photo of it</translation>
    </message>
    <message>
        <source>身份证读卡器暂时不能用，可以请工作人员帮忙</source>
        <translation>The ID card reader is not working right now: a member of staff can help</translation>
    </message>
    <message>
        <source>扫码暂时不能用，可以在屏幕上输入号码</source>
        <translation>Scanning is not working right now: you can type the number on the screen</translation>
    </message>
    <message>
        <source>语音朗读暂时不能用</source>
        <translation>Reading aloud is not working right now</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>数字{digit}</source>
        <translation>{digit}</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除一位</source>
        <translation>Delete a digit</translation>
    </message>
</context>
<context>
    <name>PinyinKeyboard</name>
    <message>
        <source>字母{letter}</source>
        <translation>Letter {letter}</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除一个字母</source>
        <translation>Delete a letter</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>正在处理，请稍候…</source>
        <translation>Working on it, please wait…</translation>
    </message>
</context>
<context>
    <name>ScrollPanel</name>
    <message>
        <source>上一屏</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>下一屏</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>下面还有内容，请点“下一屏”或向上滑动</source>
        <translation>More below: tap “Scroll down” or swipe up</translation>
    </message>
    <message>
        <source>第{now}/{total}屏</source>
        <translation>{now} of {total}</translation>
    </message>
</context>
<context>
    <name>StatusMark</name>
    <message>
        <source>办理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已下班</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>设备故障</source>
        <translation>Device fault</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>免提交</source>
        <translation>Not needed</translation>
    </message>
</context>
</TS>
