import { Body, Controller, Get, NotFoundException, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { AuthenticatedUser, NotificationPreferencesView } from '@personnel/contracts';
import { NotificationPreferences } from '@personnel/persistence';
import { CurrentUser } from '../auth/auth.decorators';
import { DatabaseProvider } from '../infrastructure/database.provider';

class UpdateNotificationPreferencesDto {
  @ApiProperty({ description: 'Whether task notifications (new task, reminder, escalation) come by mail' })
  @IsBoolean({ message: '$property must be true or false' })
  mailEnabled!: boolean;
}

/** The signed-in user's own notification switch: anyone signed in, for themselves only. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1/me/notifications')
export class MeNotificationsController {
  constructor(private readonly database: DatabaseProvider) {}

  private async preferences(): Promise<NotificationPreferences> {
    return new NotificationPreferences(await this.database.connection());
  }

  @Get()
  @ApiOperation({ summary: 'Whether my task notifications come by mail, and to which address' })
  @ApiOkResponse({ description: 'NotificationPreferencesView' })
  async get(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesView> {
    const found = await (await this.preferences()).get(user.username);
    if (!found) throw new NotFoundException(`No active account ${user.username}`);
    return found;
  }

  @Put()
  @ApiOperation({ summary: 'Turn my task notifications by mail on or off' })
  @ApiOkResponse({ description: 'NotificationPreferencesView' })
  async put(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesView> {
    const saved = await (await this.preferences()).setMailEnabled(user.username, body.mailEnabled);
    if (!saved) throw new NotFoundException(`No active account ${user.username}`);
    return saved;
  }
}
