"""Start Lupa: ``python main.py``. The game itself lands with the playable-game work (issue 3).

Until then this opens a window that says plainly what exists today: the level tools.
"""

import asyncio
import sys


async def main(argv: list[str]) -> None:
    import pygame

    frames = None
    if "--frames" in argv:
        frames = int(argv[argv.index("--frames") + 1])
    pygame.init()
    screen = pygame.display.set_mode((960, 540))
    pygame.display.set_caption("Lupa")
    font = pygame.font.Font(None, 32)
    lines = ["Lupa: the playable game is not built yet.",
             "Today you can check levels: python -m game validate"]
    screen.fill((250, 248, 242))
    for i, line in enumerate(lines):
        screen.blit(font.render(line, True, (20, 20, 20)), (40, 40 + 40 * i))
    pygame.display.flip()
    count = 0
    running = True
    while running:
        for event in pygame.event.get():
            if event.type == pygame.QUIT or (event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE):
                running = False
        count += 1
        if frames is not None and count >= frames:
            running = False
        await asyncio.sleep(1 / 30)
    pygame.quit()


asyncio.run(main(sys.argv[1:]))
