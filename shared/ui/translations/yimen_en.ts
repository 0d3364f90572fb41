<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>KioskCommon</name>
    <message>
        <source>您可以选择：{choices}。</source>
        <translation>You can choose: {choices}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>如果还要继续，请点“继续办理”。</source>
        <translation>To carry on, tap “Keep going”.</translation>
    </message>
    <message>
        <source>您可以使用长者模式，字更大，还可以朗读。</source>
        <translation>You can use senior mode: larger text, and it reads aloud.</translation>
    </message>
    <message>
        <source>您还在吗？{seconds}秒后将清除您刚才的信息，回到首页。</source>
        <translation>Are you still there? In {seconds} seconds what you entered will be cleared and the home page shown.</translation>
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
</TS>
