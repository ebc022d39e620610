# Questions the source does not answer get an honest fallback, with suggestions at consent.
> who directed the perfection?
I don't know that one. I only know what one article about The Perfection (2019) says, and I won't guess. You could ask: “when did the perfection come out?”, “what is the perfection about?”, “who is in the perfection?”.
? kind=fallback intent=none
> what's the weather in Shanghai?
I don't know that one. I only know what one article about The Perfection (2019) says, and I won't guess. You could ask: “why does charlotte go to shanghai?”, “when did the perfection come out?”, “where can I watch it?”.
? kind=fallback
> Shanghai
I don't know that one. I only know what one article about The Perfection (2019) says, and I won't guess. You could ask: “why does charlotte go to shanghai?”, “when did the perfection come out?”, “where can I watch it?”.
? kind=fallback
> is there a sequel?
I don't know that one. I only know what one article about The Perfection (2019) says, and I won't guess. You could ask: “when did the perfection come out?”, “where can I watch it?”, “what is the perfection about?”.
? kind=fallback
>
Ask me something about The Perfection (2019). You could ask: “when did the perfection come out?”, “where can I watch it?”, “what is the perfection about?”.
? kind=refused
