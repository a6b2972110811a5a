import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { resolveJwtSecret } from '../config/jwt-secret';
import { TokenService } from './token.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      // Read inside the factory: tests set the environment after importing.
      useFactory: () => ({
        secret: resolveJwtSecret(process.env),
        signOptions: { algorithm: 'HS256', expiresIn: (process.env.JWT_TTL ?? '12h') as `${number}h` },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [TokenService],
  exports: [TokenService],
})
export class AuthModule {}
